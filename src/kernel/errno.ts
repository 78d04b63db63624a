/** Linux errno values (the same on x86_64 and aarch64): number and C library text by name. */
const ERRNOS = {
  EPERM: [1, "Operation not permitted"],
  ENOENT: [2, "No such file or directory"],
  ESRCH: [3, "No such process"],
  EINTR: [4, "Interrupted system call"],
  EIO: [5, "Input/output error"],
  ENXIO: [6, "No such device or address"],
  E2BIG: [7, "Argument list too long"],
  ENOEXEC: [8, "Exec format error"],
  EBADF: [9, "Bad file descriptor"],
  ECHILD: [10, "No child processes"],
  EAGAIN: [11, "Resource temporarily unavailable"],
  ENOMEM: [12, "Cannot allocate memory"],
  EACCES: [13, "Permission denied"],
  EFAULT: [14, "Bad address"],
  ENOTBLK: [15, "Block device required"],
  EBUSY: [16, "Device or resource busy"],
  EEXIST: [17, "File exists"],
  EXDEV: [18, "Invalid cross-device link"],
  ENODEV: [19, "No such device"],
  ENOTDIR: [20, "Not a directory"],
  EISDIR: [21, "Is a directory"],
  EINVAL: [22, "Invalid argument"],
  ENFILE: [23, "Too many open files in system"],
  EMFILE: [24, "Too many open files"],
  ENOTTY: [25, "Inappropriate ioctl for device"],
  ETXTBSY: [26, "Text file busy"],
  EFBIG: [27, "File too large"],
  ENOSPC: [28, "No space left on device"],
  ESPIPE: [29, "Illegal seek"],
  EROFS: [30, "Read-only file system"],
  EMLINK: [31, "Too many links"],
  EPIPE: [32, "Broken pipe"],
  EDOM: [33, "Numerical argument out of domain"],
  ERANGE: [34, "Numerical result out of range"],
  EDEADLK: [35, "Resource deadlock avoided"],
  ENAMETOOLONG: [36, "File name too long"],
  ENOLCK: [37, "No locks available"],
  ENOSYS: [38, "Function not implemented"],
  ENOTEMPTY: [39, "Directory not empty"],
  ELOOP: [40, "Too many levels of symbolic links"],
  ENOMSG: [42, "No message of desired type"],
  ENODATA: [61, "No data available"],
  ETIME: [62, "Timer expired"],
  ENOLINK: [67, "Link has been severed"],
  EBADMSG: [74, "Bad message"],
  EOVERFLOW: [75, "Value too large for defined data type"],
  EBADFD: [77, "File descriptor in bad state"],
  EILSEQ: [84, "Invalid or incomplete multibyte or wide character"],
  ENOTSOCK: [88, "Socket operation on non-socket"],
  EDESTADDRREQ: [89, "Destination address required"],
  EMSGSIZE: [90, "Message too long"],
  EPROTOTYPE: [91, "Protocol wrong type for socket"],
  ENOPROTOOPT: [92, "Protocol not available"],
  EPROTONOSUPPORT: [93, "Protocol not supported"],
  ESOCKTNOSUPPORT: [94, "Socket type not supported"],
  EOPNOTSUPP: [95, "Operation not supported"],
  EAFNOSUPPORT: [97, "Address family not supported by protocol"],
  EADDRINUSE: [98, "Address already in use"],
  EADDRNOTAVAIL: [99, "Cannot assign requested address"],
  ENETDOWN: [100, "Network is down"],
  ENETUNREACH: [101, "Network is unreachable"],
  ECONNRESET: [104, "Connection reset by peer"],
  ENOBUFS: [105, "No buffer space available"],
  EISCONN: [106, "Transport endpoint is already connected"],
  ENOTCONN: [107, "Transport endpoint is not connected"],
  ETIMEDOUT: [110, "Connection timed out"],
  ECONNREFUSED: [111, "Connection refused"],
  EALREADY: [114, "Operation already in progress"],
  EINPROGRESS: [115, "Operation now in progress"],
  ESTALE: [116, "Stale file handle"],
  EDQUOT: [122, "Disk quota exceeded"],
  ECANCELED: [125, "Operation canceled"],
  EOWNERDEAD: [130, "Owner died"],
  // Kernel-internal values that still leak out of bpf(2).
  ERESTARTSYS: [512, "Interrupted system call (should be restarted)"],
  ENOTSUPP: [524, "Operation is not supported (kernel-internal ENOTSUPP)"],
} as const;

/** Errno numbers by name (`Errno.EPERM === 1`), for code that tests for a specific error. */
export const Errno = Object.fromEntries(
  Object.entries(ERRNOS).map(([name, [n]]) => [name, n]),
) as { readonly [K in keyof typeof ERRNOS]: (typeof ERRNOS)[K][0] };

const BY_NUMBER = new Map<number, { name: string; text: string }>(
  Object.entries(ERRNOS).map(([name, [n, text]]) => [n, { name, text }]),
);

/** The symbolic name of `errno` (`EACCES`), or `errno N` when unknown. */
export function errnoName(errno: number): string {
  return BY_NUMBER.get(errno)?.name ?? `errno ${errno}`;
}

/** `EACCES (Permission denied)`: name and C library text, as messages show them. */
export function describeErrno(errno: number): string {
  const known = BY_NUMBER.get(errno);
  return known === undefined ? `errno ${errno}` : `${known.name} (${known.text})`;
}
