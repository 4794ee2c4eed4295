import { newId } from '@ecticket/platform';
import { addNote, type Note } from '../domain/order';
import { orders } from '../infrastructure/collections';
import { authorize } from './access';
import { orderInReach } from './lookups';
import { replaceExisting, retryingConflicts } from './persistence';
import type { IssuanceDeps } from './ports';

export interface NoteInput {
  readonly orderId: string;
  readonly text: string;
  /** null: about the whole order. */
  readonly ticketId: string | null;
}

/** R32: needs `notes`; never from a disabled branch's account (R23). */
export async function addOrderNote(deps: IssuanceDeps, accessToken: string | null, input: NoteInput): Promise<Note> {
  const operator = await authorize(deps, accessToken, { permission: 'notes', mutating: true });
  const noteId = newId();
  return retryingConflicts(async () => {
    const before = await orderInReach(deps, operator, input.orderId);
    const { order, note } = addNote(before, { id: noteId, text: input.text, ticketId: input.ticketId }, operator, deps.clock.now());
    await deps.store.write([replaceExisting(orders, before, order)]);
    return note;
  });
}
