/** GET /api/models/calibration: the out-of-sample reliability diagrams to show beside the answers of this server's Monte Carlo jobs. */
import { ModelCalibration } from '@casus/core';
import { z } from 'zod';
import type { AppContext } from '../context.ts';
import { ApiError, ErrorBody } from '../errors.ts';
import { defineRoute } from '../route.ts';

export const CalibrationDoc = z.object({
  /** The jobs' reliability file's own when it is a fitted file, else the library's fitted file's; null without one. */
  calibration: ModelCalibration.nullable(),
});

/** The model routes. */
export const modelRoutes = ({ calibration }: AppContext) => [
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
];
