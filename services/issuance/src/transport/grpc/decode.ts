import type { issuanceV1 } from '@ecticket/contracts';
import { invalidArgument, type PageRequest } from '@ecticket/platform';
import type { ProductQuery } from '../../application/read-products';
import type { OrderQuery } from '../../application/read-orders';
import { optionalCalendarDate } from '../../domain/calendar';
import type { IssuanceDates } from '../../domain/issuance';
import type { Buyer, OrderDraft } from '../../domain/order';
import type { ProductEdit, ProductTerms, Validity } from '../../domain/product';
import type { Contact } from '../../domain/ticket';
import { optionalEnum, orderStateEnum, paperPrinterEnum, requiredEnum, ticketFormEnum, ticketTypeEnum } from './enums';

/** Protobuf requests → use-case inputs. Only shape is decided here; the domain validates content. */

export function productTerms(request: issuanceV1.CreateProductRequest__Output): ProductTerms {
  return {
    ticketType: requiredEnum(ticketTypeEnum, request.ticketType, 'ticketType'),
    name: request.name,
    description: request.description,
    faceValue: request.faceValue,
    validity: validityOf(request.validity),
    immediatelyUsable: request.immediatelyUsable,
    redemptionBranchIds: request.redemptionBranchIds,
    returnBranchIds: request.returnBranchIds,
  };
}

export function productEdit(request: issuanceV1.UpdateProductRequest__Output): ProductEdit {
  return {
    name: request.name,
    description: request.description,
    faceValue: request.faceValue,
    validity: request.validity ? validityOf(request.validity) : undefined,
    immediatelyUsable: request.immediatelyUsable,
    redemptionBranchIds: request.redemptionBranches?.branchIds,
    returnBranchIds: request.returnBranches?.branchIds,
    listed: request.listed,
  };
}

export function productQuery(request: issuanceV1.ListProductsRequest__Output): ProductQuery {
  return { listed: request.listed ?? null, ticketType: optionalEnum(ticketTypeEnum, request.ticketType), page: pageOf(request.page) };
}

export function orderDraft(request: issuanceV1.CreateOrderRequest__Output): OrderDraft {
  const form = requiredEnum(ticketFormEnum, request.ticketForm, 'ticketForm');
  return {
    merchantOrderNo: request.merchantOrderNo,
    buyer: buyerOf(request.buyer),
    items: request.items.map((item) => ({ productId: item.productId, quantity: item.quantity })),
    form,
    paperPrinter: optionalEnum(paperPrinterEnum, request.paperPrinter),
    issueOnPayment: request.issueOnPayment,
    ...issuanceDates(request),
  };
}

export function issuanceDates(request: { readonly giftVoucherExpiresOn: string; readonly usableFrom: string }): IssuanceDates {
  return {
    giftVoucherExpiresOn: optionalCalendarDate(request.giftVoucherExpiresOn, 'giftVoucherExpiresOn'),
    usableFrom: optionalCalendarDate(request.usableFrom, 'usableFrom'),
  };
}

export function orderQuery(request: issuanceV1.ListOrdersRequest__Output): OrderQuery {
  return {
    state: optionalEnum(orderStateEnum, request.state),
    form: optionalEnum(ticketFormEnum, request.ticketForm),
    createdFrom: optionalTimestamp(request.createdFrom, 'createdFrom'),
    createdTo: optionalTimestamp(request.createdTo, 'createdTo'),
    page: pageOf(request.page),
  };
}

export function buyerOf(message: issuanceV1.Buyer__Output | null): Buyer {
  if (!message) throw invalidArgument('INVALID_FIELD', 'buyer is required.', { field: 'buyer' });
  return { name: message.name, phone: message.phone, email: message.email, address: message.address };
}

export function contactOf(message: issuanceV1.Contact__Output | null): Contact {
  if (!message) throw invalidArgument('INVALID_FIELD', 'recipient is required.', { field: 'recipient' });
  return { name: message.name, email: message.email, phone: message.phone };
}

/** '' means "none"; the optional ticket id of a note, for instance. */
export function optionalId(value: string): string | null {
  return value === '' ? null : value;
}

function validityOf(message: issuanceV1.Validity__Output | null): Validity {
  const usableFrom = optionalCalendarDate(message?.usableFrom ?? '', 'validity.usableFrom');
  const expiresOn = optionalCalendarDate(message?.expiresOn ?? '', 'validity.expiresOn');
  const validDays = message?.validDays ?? 0;
  if (expiresOn !== null && validDays !== 0) {
    throw invalidArgument('AMBIGUOUS_EXPIRY', 'A product expires on a date or a number of days after issue, not both.');
  }
  if (expiresOn !== null) return { usableFrom, expiry: { kind: 'on_date', date: expiresOn } };
  return { usableFrom, expiry: validDays === 0 ? null : { kind: 'days_after_issue', days: validDays } };
}

function pageOf(page: issuanceV1.Page__Output | null): PageRequest {
  return { limit: page?.limit ?? 0, cursor: page?.cursor ?? '' };
}

/** An ISO-8601 timestamp, normalised to the stored form (UTC, milliseconds) so it compares as text. */
function optionalTimestamp(value: string, field: string): string | null {
  if (value === '') return null;
  const time = Date.parse(value);
  if (Number.isNaN(time) || !/^\d{4}-\d{2}-\d{2}T/.test(value)) {
    throw invalidArgument('INVALID_FIELD', `${field} must be an ISO-8601 timestamp.`, { field });
  }
  return new Date(time).toISOString();
}
