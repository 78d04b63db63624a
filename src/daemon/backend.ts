/** The production load backend: generate a loader for the object and run it. */
import { generateHostLoader, runLoader } from "../kernel/mod.ts";
import type { LoadBackend } from "./reconciler.ts";

/** Generates the loader with `src/gen` and runs it with the kernel layer's runner. */
export const defaultLoadBackend: LoadBackend = (input) => {
  const loader = generateHostLoader(input.object, input.programs);
  const loaded = runLoader(loader, { reuseMaps: input.reuseMaps, maxEntries: input.maxEntries });
  return {
    maps: loaded.maps.map((m) => ({ name: m.name, fd: m.fd })),
    programs: loaded.programs.map((p) => ({ name: p.name, fd: p.fd })),
  };
};
