/**
 * `systemd/bpfdrop.service` under a real systemd: boots this machine's own root in
 * systemd-nspawn (systemd as PID 1, a volatile /etc), binds the compiled binary, the units and a
 * results directory in, and lets a oneshot driver unit start, inspect, reload and stop the
 * service. Checks: active only after READY=1 (objects already loaded when `systemctl start`
 * returns), the STATUS= line in `systemctl status`, `systemctl reload` through ExecReload
 * (RELOADING=1 then READY=1), pins kept by `systemctl stop`; prints `systemd-analyze security`.
 */
import { chmodSync, copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { assert, assertEquals, assertMatch } from "./lib/assert.ts";
import { requireRoot } from "./lib/kernel.ts";

const ROOT = new URL("..", import.meta.url).pathname;
const BIN = "/opt/bpfdrop/bin/bpfdrop";
const PIN_ROOT = "/sys/fs/bpf/bpfdrop-systemd-test";
const OBJECTS = ["exec_tracer", "sched_switch", "task_iter", "uprobe_malloc"];

function requireNspawn(test: string): { ignore: boolean } {
  const root = requireRoot(test);
  if (root.ignore) return root;
  const have = (cmd: string) =>
    new Deno.Command("sh", { args: ["-c", `command -v ${cmd}`] }).outputSync().success;
  if (!have("systemd-nspawn") || !have("/usr/lib/systemd/systemd")) {
    console.log(`skip: ${test}: systemd-nspawn or systemd is not installed`);
    return { ignore: true };
  }
  return { ignore: false };
}

/** The driver runs inside the container; every observation goes to /results. */
const DRIVER = `#!/bin/sh
R=/results
exec >$R/driver.log 2>&1
set -x
note() { echo "$1" >> $R/results; }
mkdir -p /etc/bpfdrop/objects.d && chmod 755 /etc/bpfdrop /etc/bpfdrop/objects.d
for o in ${OBJECTS.join(" ")}; do install -m 0644 $R/$o.bpf.o /etc/bpfdrop/objects.d/; done
systemctl daemon-reload
systemctl start bpfdrop.service; note "start=$?"
# Type=notify: start returns only after READY=1, which follows the initial load.
${BIN} ctl status --json > $R/status-after-start.json; note "ctl=$?"
systemctl show -p ActiveState -p SubState -p StatusText -p Type -p NotifyAccess bpfdrop.service >> $R/results
systemctl status --no-pager bpfdrop.service > $R/systemctl-status.txt 2>&1
systemctl reload bpfdrop.service; note "reload=$?"
systemctl show -p ActiveState -p ReloadResult -p StatusText bpfdrop.service | sed 's/^/after-reload-/' >> $R/results
systemctl stop bpfdrop.service; note "stop=$?"
systemctl show -p ActiveState bpfdrop.service | sed 's/^/after-stop-/' >> $R/results
find ${PIN_ROOT} -path '*/links/*' > $R/links-after-stop.txt 2>&1
journalctl -u bpfdrop.service --no-pager -o short-monotonic > $R/journal.txt 2>&1
SYSTEMD_LOG_LEVEL=err systemd-analyze security --no-pager bpfdrop.service > $R/security.txt 2>&1
rm -rf ${PIN_ROOT}
note done
systemctl poweroff
`;

const DRIVER_UNIT = `[Unit]
Description=bpfdrop systemd test driver
After=multi-user.target
[Service]
Type=oneshot
ExecStart=/results/driver.sh
`;

Deno.test({
  name: "systemd: Type=notify unit starts, reports STATUS, reloads and stops leaving pins",
  ...requireNspawn("systemd unit"),
}, () => {
  const build = new Deno.Command("bash", { args: [join(ROOT, "tools/build_binary.sh")] })
    .outputSync();
  assert(build.success, `build_binary.sh: ${new TextDecoder().decode(build.stderr)}`);
  const examples = new Deno.Command("bash", { args: [join(ROOT, "tools/build_examples.sh")] })
    .outputSync();
  assert(examples.success, "build_examples.sh");

  const work = mkdtempSync(join(tmpdir(), "bpfdrop-systemd-"));
  const results = join(work, "results");
  Deno.mkdirSync(results);
  try {
    for (const o of OBJECTS) {
      copyFileSync(join(ROOT, "build/examples", `${o}.bpf.o`), join(results, `${o}.bpf.o`));
    }
    writeFileSync(join(results, "driver.sh"), DRIVER);
    chmodSync(join(results, "driver.sh"), 0o755);
    writeFileSync(join(work, "driver.service"), DRIVER_UNIT);
    // The unit as installed with --prefix /opt/bpfdrop (/usr is read-only in the container).
    // The container shares the host's bpffs, so pins go under a test-only root.
    const unit = readFileSync(join(ROOT, "systemd/bpfdrop.service"), "utf8")
      .replaceAll("/usr/local/bin/bpfdrop", BIN)
      .replace(`ExecStart=${BIN} daemon`, `ExecStart=${BIN} daemon --pin-root ${PIN_ROOT}`);
    writeFileSync(join(work, "bpfdrop.service"), unit);
    // Presets would enable bpfdrop at first boot; the driver starts it itself.
    writeFileSync(join(work, "preset"), "disable bpfdrop.service\n");

    const args = [
      "-D",
      "/",
      "--volatile=yes",
      "--register=no",
      // The host's PID 1 is not systemd: no scope unit to create.
      "--keep-unit",
      "--capability=all",
      "--system-call-filter=bpf perf_event_open",
      `--bind=${results}:/results`,
      `--bind-ro=${join(ROOT, "dist/bpfdrop")}:${BIN}`,
      `--bind-ro=${join(work, "bpfdrop.service")}:/etc/systemd/system/bpfdrop.service`,
      // PID 1 mounts bpffs on hosts but not in containers: share the host's (pins stay visible).
      "--bind=/sys/fs/bpf",
      `--bind-ro=${join(work, "driver.service")}:/etc/systemd/system/bpfdrop-test-driver.service`,
      `--bind-ro=${join(work, "preset")}:/etc/systemd/system-preset/00-bpfdrop-test.preset`,
      "--boot",
      "--",
      "systemd.firstboot=off",
      "systemd.wants=bpfdrop-test-driver.service",
    ];
    const nspawn = new Deno.Command("timeout", {
      args: ["180", "systemd-nspawn", ...args],
      stdin: "null",
      stdout: "piped",
      stderr: "piped",
    }).outputSync();
    const read = (f: string) => {
      try {
        return readFileSync(join(results, f), "utf8");
      } catch {
        return "";
      }
    };
    const summary = read("results");
    const context = `nspawn exit ${nspawn.code}\nresults:\n${summary}\ndriver.log:\n${
      read("driver.log").slice(-3000)
    }\njournal:\n${read("journal.txt").slice(-3000)}`;
    assertMatch(summary, /done/);
    const values = Object.fromEntries(
      summary.trim().split("\n").map((l) => l.split("=", 2) as [string, string]).filter((kv) =>
        kv[1] !== undefined
      ),
    );
    assertEquals(values.start, "0", context);
    assertEquals(values.Type, "notify", context);
    assertEquals(values.ActiveState, "active", context);
    assertEquals(values.ctl, "0", context);
    // READY=1 came after the initial reconcile: every object was loaded when start returned.
    const status = JSON.parse(read("status-after-start.json")) as {
      objects: { name: string; state: string; links: unknown[] }[];
    };
    assertEquals(
      status.objects.map((o) => [o.name, o.state]),
      OBJECTS.map((o) => [o, "loaded"]),
      context,
    );
    assertEquals(values.StatusText, `${OBJECTS.length} object(s) loaded, 0 failed`);
    assertMatch(
      read("systemctl-status.txt"),
      new RegExp(`Status: "${OBJECTS.length} object\\(s\\) loaded, 0 failed"`),
    );
    assertEquals(values.reload, "0", context);
    assertEquals(values["after-reload-ReloadResult"], "success", context);
    assertEquals(values["after-reload-ActiveState"], "active", context);
    const journal = read("journal.txt");
    assertMatch(journal, /reload reason=control/);
    assertMatch(journal, /Reloaded bpfdrop\.service/);
    assertEquals(values.stop, "0", context);
    assertEquals(values["after-stop-ActiveState"], "inactive", context);
    const links = read("links-after-stop.txt").trim().split("\n").filter((l) => l !== "");
    const linkCount = status.objects.reduce((n, o) => n + o.links.length, 0);
    assertEquals(links.length, linkCount, `links pinned after stop:\n${links.join("\n")}`);
    assert(linkCount >= OBJECTS.length, "every object attached something");
    const security = read("security.txt");
    const exposure = /Overall exposure level for bpfdrop\.service: (.*)/.exec(security)?.[1];
    console.log(`systemd-analyze security bpfdrop.service: ${exposure ?? "(not reported)"}`);
    assert(exposure !== undefined, security.slice(-2000));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});
