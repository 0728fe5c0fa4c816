/**
 * npm run cms — edit in the browser on your own machine, without a GitHub account.
 *
 * Starts Decap's local proxy on this repository; then open http://localhost:4321/admin/ on a
 * built site (`npm start` in another terminal). Saving an entry creates a local branch
 * cms/<collection>/<slug>; "Publish" merges it into the branch you are on. Then run
 * `npm run check:content` and open a pull request as usual (CONTRIBUTING.md).
 */
import { startLocalProxy } from '#features/cms/index.ts';
import { projectRoot } from '#scripts/support/paths.ts';

const proxy = await startLocalProxy(projectRoot);
process.stdout.write('CMS proxy ready: open http://localhost:4321/admin/ on `npm start`; Ctrl+C to stop.\n');
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => void proxy.stop().then(() => process.exit(0)));
}
