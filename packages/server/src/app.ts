/** The Casus workbench server: the JSON API, its OpenAPI document and the web app, on one Fastify instance. */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Issue } from '@casus/core';
import { defaultDbPath } from '@casus/data';
import { defaultReliabilityFile, readModelCalibration, readModelSources } from '@casus/runner';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { accessTokenFor, installTokenCheck } from './access-token.ts';
import type { AppContext } from './context.ts';
import { readDataStatus } from './data-status.ts';
import { clientErrorHandler, frameworkErrors, installErrorHandler } from './errors.ts';
import { installHostCheck } from './host-check.ts';
import { type JobRunnerOptions, jobRunnersFor } from './job-runners.ts';
import { createJobManager, type JobRunner } from './jobs.ts';
import { type LibraryState, loadLibraryState } from './library-state.ts';
import { networkAnswers } from './network-answers.ts';
import { notFoundHandler, type RouteRow } from './not-found.ts';
import { openSavedStore } from './persistence.ts';
import { type ApiRoute, registerRoutes } from './route.ts';
import { agreementRoutes } from './routes/agreements.ts';
import { architectureRoutes } from './routes/architectures.ts';
import { areaRoutes } from './routes/areas.ts';
import { baseRoutes } from './routes/bases.ts';
import { dataRoutes } from './routes/data.ts';
import { healthRoutes } from './routes/health.ts';
import { jobRoutes } from './routes/jobs.ts';
import { libraryRoutes } from './routes/library.ts';
import { modelRoutes } from './routes/models.ts';
import { networkRoutes } from './routes/network.ts';
import { obligationRoutes } from './routes/obligations.ts';
import { openApiRoutes } from './routes/openapi.ts';
import { placeRoutes } from './routes/places.ts';
import { runRoutes } from './routes/run.ts';
import { savedRoutes } from './routes/saved.ts';
import { scenarioRoutes } from './routes/scenarios.ts';
import { sofaRoutes } from './routes/sofas.ts';
import { stateRoutes } from './routes/states.ts';
import { addSecurityHeaders } from './security-headers.ts';
import { defaultWebDist, serveWebApp } from './web.ts';
import { createWorldCache, type WorldCache } from './world-cache.ts';

export interface AppOptions extends JobRunnerOptions {
  /** The library folder (default: the repository's library/, or $CASUS_LIBRARY); ignored when `library` is given. */
  libraryDir?: string;
  library?: LibraryState;
  /** The saved-items database (default: $CASUS_WORKBENCH_DB or ~/.local/share/casus/workbench.duckdb). */
  workbenchDb?: string;
  /** The research-data database whose status /api/data/status reports and /api/network reads (default: $CASUS_DB or beside the workbench's). */
  dataDb?: string;
  /** The built web app (default: packages/web/dist). */
  webDist?: string;
  /** Job kinds for /api/jobs (default: the Monte Carlo `compare` and `simulate` of `jobRunnersFor`). */
  jobRunners?: Record<string, JobRunner>;
  /** How long a watched job whose last event stream closed runs on before it is cancelled (default 10 s). */
  abandonJobsAfterMs?: number;
  logger?: FastifyServerOptions['logger'];
  /** Largest request body in bytes (default 1 MiB). */
  bodyLimit?: number;
  /** The prepared-world and answer caches (default: createWorldCache over the library). */
  worlds?: WorldCache;
  /**
   * Plan every architecture's stretches of dates before serving (`worlds.planAhead()`: a few
   * seconds and about 70 MB), and load a job thread, so that no request waits for one; `casus
   * serve` does.
   */
  planAhead?: boolean;
  /**
   * The address the server binds (default 127.0.0.1). Requests must address it or a loopback
   * name (host-check.ts); `startServer` listens on it.
   */
  host?: string;
  /**
   * The access token every /api route but /api/health requires (access-token.ts); default: a new
   * one when `host` is beyond loopback, none on loopback.
   */
  token?: string | undefined;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Every route registered, as method and URL (HEAD excepted); the OpenAPI test compares against it. */
    routeTable: RouteRow[];
    /** The API routes with their documentation, in registration order. */
    apiRoutes: ApiRoute[];
    /** Why the Monte Carlo jobs are not offered (the reliability model did not load); empty when they are. */
    jobIssues: Issue[];
    /** The token the API requires, when it requires one. */
    accessToken: string | undefined;
  }
}

const version = (): string => {
  const pkg = join(dirname(fileURLToPath(import.meta.url)), '..', 'package.json');
  return (JSON.parse(readFileSync(pkg, 'utf8')) as { version: string }).version;
};

/**
 * Builds the server without listening: tests call `app.inject`, `startServer` calls `listen`.
 * @example const app = await buildApp({workbenchDb: '/tmp/w.duckdb'}); await app.inject('/api/health');
 */
export async function buildApp(options: AppOptions = {}): Promise<FastifyInstance> {
  const state = options.library ?? loadLibraryState(options.libraryDir);
  const jobKinds = options.jobRunners
    ? { runners: options.jobRunners, issues: [] }
    : jobRunnersFor(state, { ...options, warm: options.warm ?? options.planAhead });
  const saved = await openSavedStore(options.workbenchDb);
  const worlds = options.worlds ?? createWorldCache(state.library);
  if (options.planAhead) worlds.planAhead();
  const context: AppContext = {
    version: version(),
    state,
    worlds,
    jobs: createJobManager(jobKinds.runners, { abandonAfterMs: options.abandonJobsAfterMs }),
    saved,
    dataStatus: () => readDataStatus(options.dataDb),
    network: networkAnswers(options.dataDb ?? defaultDbPath()),
    calibration: () =>
      readModelCalibration(options.reliability ?? defaultReliabilityFile(state.dir), state.dir),
    modelSources: () => readModelSources(options.reliability ?? defaultReliabilityFile(state.dir)),
  };
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: options.bodyLimit ?? 1024 * 1024,
    frameworkErrors,
    clientErrorHandler,
  });
  app.decorate('routeTable', [] as RouteRow[]);
  app.decorate('apiRoutes', [] as ApiRoute[]);
  app.decorate('jobIssues', jobKinds.issues);
  app.addHook('onRoute', (r) => {
    for (const method of [r.method].flat())
      if (method !== 'HEAD') app.routeTable.push({ method, url: r.url });
  });
  app.addHook('preClose', async () => context.jobs.close());
  app.addHook('onClose', async () => saved.close());
  installErrorHandler(app);
  addSecurityHeaders(app);
  installHostCheck(app, options.host);
  const token = accessTokenFor(options.host ?? '127.0.0.1', options.token);
  app.decorate('accessToken', token);
  if (token !== undefined) installTokenCheck(app, token);
  const notFound = notFoundHandler(() => app.routeTable);
  app.setNotFoundHandler(notFound);
  const routes = [
    healthRoutes,
    libraryRoutes,
    stateRoutes,
    placeRoutes,
    baseRoutes,
    areaRoutes,
    agreementRoutes,
    architectureRoutes,
    scenarioRoutes,
    sofaRoutes,
    obligationRoutes,
    runRoutes,
    jobRoutes,
    dataRoutes,
    networkRoutes,
    modelRoutes,
    savedRoutes,
  ].flatMap((make) => make(context));
  app.apiRoutes.push(...routes, ...openApiRoutes(app.apiRoutes, context.version));
  registerRoutes(app, app.apiRoutes);
  await serveWebApp(app, options.webDist ?? defaultWebDist(), notFound);
  return app;
}
