import { AppError, toProblem } from '../src/errors';

describe('toProblem', () => {
  test('details add to the problem document but never replace its own members', () => {
    const error = new AppError('conflict', 'BRANCH_CODE_TAKEN', 'Another branch has this code.', { code: 'TPE01', status: 'captured', type: 'x', branchId: 'b1' });
    expect(toProblem(error, 'corr-1')).toEqual({
      type: 'https://ecticket.dev/problems/branch-code-taken',
      title: 'conflict',
      status: 409,
      code: 'BRANCH_CODE_TAKEN',
      detail: 'Another branch has this code.',
      branchId: 'b1',
      correlationId: 'corr-1',
    });
  });

  test('an internal error shows none of its details or message', () => {
    const error = new AppError('internal', 'BUG', 'secret state', { table: 'orders' });
    expect(toProblem(error)).toEqual({ type: 'https://ecticket.dev/problems/bug', title: 'internal', status: 500, code: 'BUG', detail: 'An unexpected error occurred.' });
  });
});
