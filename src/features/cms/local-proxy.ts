/**
 * Decap's local proxy (decap-server) for editing on one's own machine: the CMS, opened on
 * localhost, reads and writes the files of `repoDir` through it instead of GitHub. In git mode it
 * keeps the editorial workflow: a saved entry is a branch (cms/<collection>/<slug>), publishing
 * merges it into the current branch.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { CMS_LOCAL_PROXY } from '#features/security/index.ts';

export interface LocalProxy {
  process: ChildProcess;
  stop: () => Promise<void>;
}

const serverScript = () => createRequire(import.meta.url).resolve('decap-server/dist/index.js');

/** Starts the proxy on the port the CMS configuration names, and waits until it answers. */
export async function startLocalProxy(repoDir: string, { quiet = false } = {}): Promise<LocalProxy> {
  const port = new URL(CMS_LOCAL_PROXY).port;
  const child = spawn(process.execPath, [serverScript()], {
    env: { ...process.env, GIT_REPO_DIRECTORY: repoDir, MODE: 'git', PORT: port, LOG_LEVEL: quiet ? 'warn' : 'info' },
    stdio: quiet ? ['ignore', 'ignore', 'inherit'] : 'inherit',
  });
  const exited = new Promise<never>((_, reject) =>
    child.once('exit', (code) => reject(new Error(`decap-server stopped (exit code ${code}) before it answered`))),
  );
  const deadline = Date.now() + 20_000;
  for (;;) {
    try {
      const response = await Promise.race([
        fetch(`${CMS_LOCAL_PROXY}/api/v1`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ action: 'info' }),
        }),
        exited,
      ]);
      if (response.ok) break;
    } catch (error) {
      if (child.exitCode !== null || Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  return {
    process: child,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill();
      }),
  };
}
