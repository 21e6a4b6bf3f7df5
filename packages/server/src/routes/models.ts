/** GET /api/models/calibration and /api/models/sources: the out-of-sample reliability diagrams to show beside the answers of this server's Monte Carlo jobs, and where each of its parameters comes from. */
import { ModelCalibration, ParameterSourceSchema } from '@casus/core';
import { z } from 'zod';
import type { AppContext } from '../context.ts';
import { ApiError, ErrorBody } from '../errors.ts';
import { defineRoute } from '../route.ts';

export const CalibrationDoc = z.object({
  /** The jobs' reliability file's own when it is a fitted file, else the library's fitted file's; null without one. */
  calibration: ModelCalibration.nullable(),
});

export const SourcesDoc = z.object({
  file: z.string(),
  sha256: z.string(),
  form: z.enum(['logistic', 'logistic-fitted']),
  /** Every parameter with its source kind: fitted, elicited (a survey, with its date, question and n), cited or assumption. */
  sources: z.array(ParameterSourceSchema),
});

/** The model routes. */
export const modelRoutes = ({ calibration, modelSources }: AppContext) => [
  defineRoute({
    method: 'GET',
    url: '/api/models/calibration',
    summary:
      'The fitted reliability model’s out-of-sample reliability diagrams (leave one war out, time split), from the file casus fit --out writes',
    tag: 'library',
    responses: {
      200: { description: 'the diagrams and the file they come from', schema: CalibrationDoc },
      503: { description: 'the fitted file does not parse', schema: ErrorBody },
    },
    handler: (): z.infer<typeof CalibrationDoc> => {
      const read = calibration();
      if (!read.ok)
        throw new ApiError(
          503,
          'calibration_unreadable',
          'the fitted reliability file does not parse',
          read.issues,
          'run casus validate library, then casus fit --out library/models/reliability-fitted.yaml',
        );
      return { calibration: read.value };
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/models/sources',
    summary:
      'Every parameter of the jobs’ reliability file with its source kind: fitted, elicited from an expert survey, cited, or assumption',
    tag: 'library',
    responses: {
      200: { description: 'the file, its hash and form, and each parameter', schema: SourcesDoc },
      503: { description: 'the reliability file does not parse', schema: ErrorBody },
    },
    handler: (): z.infer<typeof SourcesDoc> => {
      const read = modelSources();
      if (!read.ok)
        throw new ApiError(
          503,
          'reliability_unreadable',
          'the reliability file does not parse',
          read.issues,
          'run casus validate library/models',
        );
      return read.value;
    },
  }),
];
