/** Jobs: start a long run, read its state, follow its progress as server-sent events, cancel it. */
import { z } from 'zod';
import type { AppContext } from '../context.ts';
import { ApiError, badInput, ErrorBody, unknownId } from '../errors.ts';
import type { Job, JobEvent, JobManager } from '../jobs.ts';
import { defineRoute } from '../route.ts';
import { SECURITY_HEADERS } from '../security-headers.ts';

/** Jobs that may run at once; a further one is refused with 429 until one ends. */
export const MAX_RUNNING_JOBS = 2;

export const JobDoc = z.object({
  id: z.string(),
  kind: z.string(),
  status: z.enum(['running', 'done', 'cancelled', 'failed']),
  progress: z.object({ done: z.number(), total: z.number() }),
  startedAt: z.string(),
  result: z.unknown().optional(),
  error: z.object({ code: z.string(), message: z.string() }).optional(),
});

/** One body schema per job kind, told apart by `kind`; `params` is that kind's own schema. */
function jobRequest(jobs: JobManager): z.ZodType<{ kind: string; params: unknown }> {
  const shapes = jobs
    .kinds()
    .map((kind) => z.object({ kind: z.literal(kind), params: jobs.runner(kind)!.params }).strict());
  if (shapes.length === 0) return z.never();
  return z.discriminatedUnion('kind', shapes as [(typeof shapes)[0], ...typeof shapes]);
}

const sse = (event: JobEvent): string =>
  `event: ${event.type}\ndata: ${JSON.stringify(event.data)}\n\n`;

/** The event that ends the stream of a job that has already finished. */
function finalEvent(job: Job): JobEvent | undefined {
  if (job.status === 'done') return { type: 'done', data: job.result };
  if (job.status === 'cancelled') return { type: 'cancelled', data: { id: job.id } };
  if (job.status === 'failed')
    return { type: 'failed', data: job.error ?? { code: 'job_failed', message: 'failed' } };
  return undefined;
}

/** The job routes. */
export function jobRoutes({ jobs }: AppContext) {
  const known = (id: string | undefined): Job => {
    const job = jobs.get(id ?? '');
    if (!job) throw unknownId('job', id ?? '', []);
    return job;
  };
  return [
    defineRoute({
      method: 'POST',
      url: '/api/jobs',
      summary: `Start a long run (${jobs.kinds().join(', ')}); answers 202 with its id, or 400 with located issues`,
      tag: 'jobs',
      body: jobRequest(jobs),
      responses: {
        202: { description: 'started', schema: z.object({ id: z.string() }) },
        429: { description: `${MAX_RUNNING_JOBS} jobs are running already`, schema: ErrorBody },
      },
      handler: ({ body }, _request, reply) => {
        // Each job uses every core: more at once would only slow them all down.
        if (jobs.running() >= MAX_RUNNING_JOBS)
          throw new ApiError(
            429,
            'too_many_jobs',
            `${jobs.running()} jobs are running; wait for one to finish, or cancel one`,
            undefined,
            'DELETE /api/jobs/:id cancels a job',
          );
        const issues = jobs.runner(body.kind)!.check?.(body.params) ?? [];
        if (issues.length > 0)
          throw badInput(issues.map((i) => ({ ...i, pointer: `/params${i.pointer}` })));
        const job = jobs.start(body.kind, body.params);
        return reply.status(202).header('location', `/api/jobs/${job.id}`).send({ id: job.id });
      },
    }),
    defineRoute({
      method: 'GET',
      url: '/api/jobs/:id',
      summary: "A job's status, progress and (when done) result",
      tag: 'jobs',
      responses: { 200: { description: 'the job', schema: JobDoc } },
      handler: ({ params }) => known(params.id),
    }),
    defineRoute({
      method: 'DELETE',
      url: '/api/jobs/:id',
      summary: 'Cancel a running job (its worker threads stop); a finished job answers 409',
      tag: 'jobs',
      responses: {
        200: { description: 'the job, now cancelled', schema: JobDoc },
        409: {
          description: 'the job had already finished (done, cancelled or failed): nothing changed',
          schema: ErrorBody,
        },
      },
      handler: ({ params }) => {
        const job = known(params.id);
        if (job.status !== 'running')
          throw new ApiError(
            409,
            'job_finished',
            `job ${job.id} had already finished (${job.status}); there is nothing to cancel`,
            undefined,
            `GET /api/jobs/${job.id} returns it as it ended`,
          );
        jobs.cancel(job.id);
        return job;
      },
    }),
    defineRoute({
      method: 'GET',
      url: '/api/jobs/:id/events',
      summary:
        'Server-sent events: `progress` ({done, total, etaSeconds}), then `done` (the result), `cancelled` or `failed`',
      tag: 'jobs',
      responses: { 200: { description: 'an event stream', contentType: 'text/event-stream' } },
      handler: ({ params }, request, reply) => {
        const job = known(params.id);
        if (request.headers.accept && !/text\/event-stream|\*\/\*/.test(request.headers.accept))
          throw new ApiError(406, 'not_acceptable', 'this route answers text/event-stream only');
        reply.hijack();
        const out = reply.raw;
        out.writeHead(200, {
          ...SECURITY_HEADERS,
          'content-type': 'text/event-stream; charset=utf-8',
          'cache-control': 'no-cache',
          connection: 'keep-alive',
        });
        out.write(sse({ type: 'progress', data: { ...job.progress, etaSeconds: null } }));
        const last = finalEvent(job);
        if (last) return void out.end(sse(last));
        const heartbeat = setInterval(() => out.write(': keep-alive\n\n'), 15_000);
        const stop = jobs.watch(job.id, (event) => {
          if (event.type === 'progress') return void out.write(sse(event));
          clearInterval(heartbeat);
          out.end(sse(event));
        });
        request.raw.on('close', () => {
          clearInterval(heartbeat);
          stop();
        });
      },
    }),
  ];
}
