// Original file: protos/redemption.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { CancelRedemptionRequest as _ecticket_redemption_v1_CancelRedemptionRequest, CancelRedemptionRequest__Output as _ecticket_redemption_v1_CancelRedemptionRequest__Output } from '../../../ecticket/redemption/v1/CancelRedemptionRequest';
import type { CancelReturnRequest as _ecticket_redemption_v1_CancelReturnRequest, CancelReturnRequest__Output as _ecticket_redemption_v1_CancelReturnRequest__Output } from '../../../ecticket/redemption/v1/CancelReturnRequest';
import type { GetTicketUsageRequest as _ecticket_redemption_v1_GetTicketUsageRequest, GetTicketUsageRequest__Output as _ecticket_redemption_v1_GetTicketUsageRequest__Output } from '../../../ecticket/redemption/v1/GetTicketUsageRequest';
import type { ListRedemptionsRequest as _ecticket_redemption_v1_ListRedemptionsRequest, ListRedemptionsRequest__Output as _ecticket_redemption_v1_ListRedemptionsRequest__Output } from '../../../ecticket/redemption/v1/ListRedemptionsRequest';
import type { ListRedemptionsResponse as _ecticket_redemption_v1_ListRedemptionsResponse, ListRedemptionsResponse__Output as _ecticket_redemption_v1_ListRedemptionsResponse__Output } from '../../../ecticket/redemption/v1/ListRedemptionsResponse';
import type { ListReturnsRequest as _ecticket_redemption_v1_ListReturnsRequest, ListReturnsRequest__Output as _ecticket_redemption_v1_ListReturnsRequest__Output } from '../../../ecticket/redemption/v1/ListReturnsRequest';
import type { ListReturnsResponse as _ecticket_redemption_v1_ListReturnsResponse, ListReturnsResponse__Output as _ecticket_redemption_v1_ListReturnsResponse__Output } from '../../../ecticket/redemption/v1/ListReturnsResponse';
import type { RedeemTicketRequest as _ecticket_redemption_v1_RedeemTicketRequest, RedeemTicketRequest__Output as _ecticket_redemption_v1_RedeemTicketRequest__Output } from '../../../ecticket/redemption/v1/RedeemTicketRequest';
import type { Redemption as _ecticket_redemption_v1_Redemption, Redemption__Output as _ecticket_redemption_v1_Redemption__Output } from '../../../ecticket/redemption/v1/Redemption';
import type { Return as _ecticket_redemption_v1_Return, Return__Output as _ecticket_redemption_v1_Return__Output } from '../../../ecticket/redemption/v1/Return';
import type { ReturnTicketRequest as _ecticket_redemption_v1_ReturnTicketRequest, ReturnTicketRequest__Output as _ecticket_redemption_v1_ReturnTicketRequest__Output } from '../../../ecticket/redemption/v1/ReturnTicketRequest';
import type { TicketUsage as _ecticket_redemption_v1_TicketUsage, TicketUsage__Output as _ecticket_redemption_v1_TicketUsage__Output } from '../../../ecticket/redemption/v1/TicketUsage';

export interface RedemptionServiceClient extends grpc.Client {
  /**
   * R30, permission `cancel_redemption`: pickup vouchers only (CANCEL_NOT_ALLOWED_FOR_GIFT_VOUCHER),
   * only before the bank sync (the settlement service's ALREADY_SYNCED_TO_BANK), by the merchant
   * that redeemed. REDEMPTION_NOT_FOUND, REDEMPTION_ALREADY_CANCELLED, CANCELLATION_IN_PROGRESS (one
   * already awaits settlement). The intent is stored before settlement is asked. The answer is the
   * redemption either with `cancellation` set (settled: the ticket is unused again) or, when
   * settlement could not be reached or its answer was lost, with `pending_cancellation` set: the
   * cancellation is recorded and a repair job completes it (or withdraws it, should settlement then
   * refuse because the bank sync came first) within about two minutes; GetTicketUsage and
   * ListRedemptions show the outcome. A refusal by settlement is answered as such.
   */
  CancelRedemption(argument: _ecticket_redemption_v1_CancelRedemptionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_redemption_v1_Redemption__Output>): grpc.ClientUnaryCall;
  CancelRedemption(argument: _ecticket_redemption_v1_CancelRedemptionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ecticket_redemption_v1_Redemption__Output>): grpc.ClientUnaryCall;
  CancelRedemption(argument: _ecticket_redemption_v1_CancelRedemptionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_redemption_v1_Redemption__Output>): grpc.ClientUnaryCall;
  CancelRedemption(argument: _ecticket_redemption_v1_CancelRedemptionRequest, callback: grpc.requestCallback<_ecticket_redemption_v1_Redemption__Output>): grpc.ClientUnaryCall;
  /**
   * R30, permission `cancel_redemption`: pickup vouchers only (CANCEL_NOT_ALLOWED_FOR_GIFT_VOUCHER),
   * only before the bank sync (the settlement service's ALREADY_SYNCED_TO_BANK), by the merchant
   * that redeemed. REDEMPTION_NOT_FOUND, REDEMPTION_ALREADY_CANCELLED, CANCELLATION_IN_PROGRESS (one
   * already awaits settlement). The intent is stored before settlement is asked. The answer is the
   * redemption either with `cancellation` set (settled: the ticket is unused again) or, when
   * settlement could not be reached or its answer was lost, with `pending_cancellation` set: the
   * cancellation is recorded and a repair job completes it (or withdraws it, should settlement then
   * refuse because the bank sync came first) within about two minutes; GetTicketUsage and
   * ListRedemptions show the outcome. A refusal by settlement is answered as such.
   */
  cancelRedemption(argument: _ecticket_redemption_v1_CancelRedemptionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_redemption_v1_Redemption__Output>): grpc.ClientUnaryCall;
  cancelRedemption(argument: _ecticket_redemption_v1_CancelRedemptionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ecticket_redemption_v1_Redemption__Output>): grpc.ClientUnaryCall;
  cancelRedemption(argument: _ecticket_redemption_v1_CancelRedemptionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_redemption_v1_Redemption__Output>): grpc.ClientUnaryCall;
  cancelRedemption(argument: _ecticket_redemption_v1_CancelRedemptionRequest, callback: grpc.requestCallback<_ecticket_redemption_v1_Redemption__Output>): grpc.ClientUnaryCall;
  
  /**
   * R30, permission `cancel_return`; as CancelRedemption (answered with `cancellation` or
   * `pending_cancellation` set). RETURN_NOT_FOUND, RETURN_ALREADY_CANCELLED.
   */
  CancelReturn(argument: _ecticket_redemption_v1_CancelReturnRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_redemption_v1_Return__Output>): grpc.ClientUnaryCall;
  CancelReturn(argument: _ecticket_redemption_v1_CancelReturnRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ecticket_redemption_v1_Return__Output>): grpc.ClientUnaryCall;
  CancelReturn(argument: _ecticket_redemption_v1_CancelReturnRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_redemption_v1_Return__Output>): grpc.ClientUnaryCall;
  CancelReturn(argument: _ecticket_redemption_v1_CancelReturnRequest, callback: grpc.requestCallback<_ecticket_redemption_v1_Return__Output>): grpc.ClientUnaryCall;
  /**
   * R30, permission `cancel_return`; as CancelRedemption (answered with `cancellation` or
   * `pending_cancellation` set). RETURN_NOT_FOUND, RETURN_ALREADY_CANCELLED.
   */
  cancelReturn(argument: _ecticket_redemption_v1_CancelReturnRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_redemption_v1_Return__Output>): grpc.ClientUnaryCall;
  cancelReturn(argument: _ecticket_redemption_v1_CancelReturnRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ecticket_redemption_v1_Return__Output>): grpc.ClientUnaryCall;
  cancelReturn(argument: _ecticket_redemption_v1_CancelReturnRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_redemption_v1_Return__Output>): grpc.ClientUnaryCall;
  cancelReturn(argument: _ecticket_redemption_v1_CancelReturnRequest, callback: grpc.requestCallback<_ecticket_redemption_v1_Return__Output>): grpc.ClientUnaryCall;
  
  /**
   * Any staff of the issuer or of a redeemable store of the product: the ticket's state and the
   * redemptions and returns the caller may see (R22.2).
   */
  GetTicketUsage(argument: _ecticket_redemption_v1_GetTicketUsageRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_redemption_v1_TicketUsage__Output>): grpc.ClientUnaryCall;
  GetTicketUsage(argument: _ecticket_redemption_v1_GetTicketUsageRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ecticket_redemption_v1_TicketUsage__Output>): grpc.ClientUnaryCall;
  GetTicketUsage(argument: _ecticket_redemption_v1_GetTicketUsageRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_redemption_v1_TicketUsage__Output>): grpc.ClientUnaryCall;
  GetTicketUsage(argument: _ecticket_redemption_v1_GetTicketUsageRequest, callback: grpc.requestCallback<_ecticket_redemption_v1_TicketUsage__Output>): grpc.ClientUnaryCall;
  /**
   * Any staff of the issuer or of a redeemable store of the product: the ticket's state and the
   * redemptions and returns the caller may see (R22.2).
   */
  getTicketUsage(argument: _ecticket_redemption_v1_GetTicketUsageRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_redemption_v1_TicketUsage__Output>): grpc.ClientUnaryCall;
  getTicketUsage(argument: _ecticket_redemption_v1_GetTicketUsageRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ecticket_redemption_v1_TicketUsage__Output>): grpc.ClientUnaryCall;
  getTicketUsage(argument: _ecticket_redemption_v1_GetTicketUsageRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_redemption_v1_TicketUsage__Output>): grpc.ClientUnaryCall;
  getTicketUsage(argument: _ecticket_redemption_v1_GetTicketUsageRequest, callback: grpc.requestCallback<_ecticket_redemption_v1_TicketUsage__Output>): grpc.ClientUnaryCall;
  
  /**
   * Reports (R21, R22.1, R22.2), permission `reports`: what the caller's merchant operated, newest first.
   */
  ListRedemptions(argument: _ecticket_redemption_v1_ListRedemptionsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_redemption_v1_ListRedemptionsResponse__Output>): grpc.ClientUnaryCall;
  ListRedemptions(argument: _ecticket_redemption_v1_ListRedemptionsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ecticket_redemption_v1_ListRedemptionsResponse__Output>): grpc.ClientUnaryCall;
  ListRedemptions(argument: _ecticket_redemption_v1_ListRedemptionsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_redemption_v1_ListRedemptionsResponse__Output>): grpc.ClientUnaryCall;
  ListRedemptions(argument: _ecticket_redemption_v1_ListRedemptionsRequest, callback: grpc.requestCallback<_ecticket_redemption_v1_ListRedemptionsResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Reports (R21, R22.1, R22.2), permission `reports`: what the caller's merchant operated, newest first.
   */
  listRedemptions(argument: _ecticket_redemption_v1_ListRedemptionsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_redemption_v1_ListRedemptionsResponse__Output>): grpc.ClientUnaryCall;
  listRedemptions(argument: _ecticket_redemption_v1_ListRedemptionsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ecticket_redemption_v1_ListRedemptionsResponse__Output>): grpc.ClientUnaryCall;
  listRedemptions(argument: _ecticket_redemption_v1_ListRedemptionsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_redemption_v1_ListRedemptionsResponse__Output>): grpc.ClientUnaryCall;
  listRedemptions(argument: _ecticket_redemption_v1_ListRedemptionsRequest, callback: grpc.requestCallback<_ecticket_redemption_v1_ListRedemptionsResponse__Output>): grpc.ClientUnaryCall;
  
  ListReturns(argument: _ecticket_redemption_v1_ListReturnsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_redemption_v1_ListReturnsResponse__Output>): grpc.ClientUnaryCall;
  ListReturns(argument: _ecticket_redemption_v1_ListReturnsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ecticket_redemption_v1_ListReturnsResponse__Output>): grpc.ClientUnaryCall;
  ListReturns(argument: _ecticket_redemption_v1_ListReturnsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_redemption_v1_ListReturnsResponse__Output>): grpc.ClientUnaryCall;
  ListReturns(argument: _ecticket_redemption_v1_ListReturnsRequest, callback: grpc.requestCallback<_ecticket_redemption_v1_ListReturnsResponse__Output>): grpc.ClientUnaryCall;
  listReturns(argument: _ecticket_redemption_v1_ListReturnsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_redemption_v1_ListReturnsResponse__Output>): grpc.ClientUnaryCall;
  listReturns(argument: _ecticket_redemption_v1_ListReturnsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ecticket_redemption_v1_ListReturnsResponse__Output>): grpc.ClientUnaryCall;
  listReturns(argument: _ecticket_redemption_v1_ListReturnsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_redemption_v1_ListReturnsResponse__Output>): grpc.ClientUnaryCall;
  listReturns(argument: _ecticket_redemption_v1_ListReturnsRequest, callback: grpc.requestCallback<_ecticket_redemption_v1_ListReturnsResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * R28, permission `redeem`: by a typed redemption code or a scanned QR payload (exactly one).
   * Refusals: TICKET_NOT_FOUND, INVALID_QR_PAYLOAD, NOT_A_REDEEMABLE_STORE (a verified QR of a
   * product the caller's merchant may not redeem: the signature already proves the ticket exists),
   * TICKET_NOT_YET_USABLE, TICKET_EXPIRED, TICKET_ALREADY_REDEEMED (details: redeemedAt,
   * branchName, branchCode), TICKET_RETURNED, BRANCH_NOT_ALLOWED (R22.3, R31),
   * CANCELLATION_IN_PROGRESS (a cancellation of the ticket's use awaits settlement; details:
   * requestedAt), and the account service's PERMISSION_REQUIRED and BRANCH_DISABLED.
   */
  RedeemTicket(argument: _ecticket_redemption_v1_RedeemTicketRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_redemption_v1_Redemption__Output>): grpc.ClientUnaryCall;
  RedeemTicket(argument: _ecticket_redemption_v1_RedeemTicketRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ecticket_redemption_v1_Redemption__Output>): grpc.ClientUnaryCall;
  RedeemTicket(argument: _ecticket_redemption_v1_RedeemTicketRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_redemption_v1_Redemption__Output>): grpc.ClientUnaryCall;
  RedeemTicket(argument: _ecticket_redemption_v1_RedeemTicketRequest, callback: grpc.requestCallback<_ecticket_redemption_v1_Redemption__Output>): grpc.ClientUnaryCall;
  /**
   * R28, permission `redeem`: by a typed redemption code or a scanned QR payload (exactly one).
   * Refusals: TICKET_NOT_FOUND, INVALID_QR_PAYLOAD, NOT_A_REDEEMABLE_STORE (a verified QR of a
   * product the caller's merchant may not redeem: the signature already proves the ticket exists),
   * TICKET_NOT_YET_USABLE, TICKET_EXPIRED, TICKET_ALREADY_REDEEMED (details: redeemedAt,
   * branchName, branchCode), TICKET_RETURNED, BRANCH_NOT_ALLOWED (R22.3, R31),
   * CANCELLATION_IN_PROGRESS (a cancellation of the ticket's use awaits settlement; details:
   * requestedAt), and the account service's PERMISSION_REQUIRED and BRANCH_DISABLED.
   */
  redeemTicket(argument: _ecticket_redemption_v1_RedeemTicketRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_redemption_v1_Redemption__Output>): grpc.ClientUnaryCall;
  redeemTicket(argument: _ecticket_redemption_v1_RedeemTicketRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ecticket_redemption_v1_Redemption__Output>): grpc.ClientUnaryCall;
  redeemTicket(argument: _ecticket_redemption_v1_RedeemTicketRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_redemption_v1_Redemption__Output>): grpc.ClientUnaryCall;
  redeemTicket(argument: _ecticket_redemption_v1_RedeemTicketRequest, callback: grpc.requestCallback<_ecticket_redemption_v1_Redemption__Output>): grpc.ClientUnaryCall;
  
  /**
   * R29, permission `return`, by the issuer only: by ticket number or redemption code (exactly one).
   * Inside the guarantee period a pickup voucher's refund goes to the buyer's card, past it to the
   * merchant (R11). TICKET_NOT_FOUND, TICKET_ALREADY_REDEEMED, TICKET_RETURNED, TICKET_EXPIRED,
   * BRANCH_NOT_ALLOWED (R22.4, R31), CANCELLATION_IN_PROGRESS.
   */
  ReturnTicket(argument: _ecticket_redemption_v1_ReturnTicketRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_redemption_v1_Return__Output>): grpc.ClientUnaryCall;
  ReturnTicket(argument: _ecticket_redemption_v1_ReturnTicketRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ecticket_redemption_v1_Return__Output>): grpc.ClientUnaryCall;
  ReturnTicket(argument: _ecticket_redemption_v1_ReturnTicketRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_redemption_v1_Return__Output>): grpc.ClientUnaryCall;
  ReturnTicket(argument: _ecticket_redemption_v1_ReturnTicketRequest, callback: grpc.requestCallback<_ecticket_redemption_v1_Return__Output>): grpc.ClientUnaryCall;
  /**
   * R29, permission `return`, by the issuer only: by ticket number or redemption code (exactly one).
   * Inside the guarantee period a pickup voucher's refund goes to the buyer's card, past it to the
   * merchant (R11). TICKET_NOT_FOUND, TICKET_ALREADY_REDEEMED, TICKET_RETURNED, TICKET_EXPIRED,
   * BRANCH_NOT_ALLOWED (R22.4, R31), CANCELLATION_IN_PROGRESS.
   */
  returnTicket(argument: _ecticket_redemption_v1_ReturnTicketRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_redemption_v1_Return__Output>): grpc.ClientUnaryCall;
  returnTicket(argument: _ecticket_redemption_v1_ReturnTicketRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ecticket_redemption_v1_Return__Output>): grpc.ClientUnaryCall;
  returnTicket(argument: _ecticket_redemption_v1_ReturnTicketRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_redemption_v1_Return__Output>): grpc.ClientUnaryCall;
  returnTicket(argument: _ecticket_redemption_v1_ReturnTicketRequest, callback: grpc.requestCallback<_ecticket_redemption_v1_Return__Output>): grpc.ClientUnaryCall;
  
}

export interface RedemptionServiceHandlers extends grpc.UntypedServiceImplementation {
  /**
   * R30, permission `cancel_redemption`: pickup vouchers only (CANCEL_NOT_ALLOWED_FOR_GIFT_VOUCHER),
   * only before the bank sync (the settlement service's ALREADY_SYNCED_TO_BANK), by the merchant
   * that redeemed. REDEMPTION_NOT_FOUND, REDEMPTION_ALREADY_CANCELLED, CANCELLATION_IN_PROGRESS (one
   * already awaits settlement). The intent is stored before settlement is asked. The answer is the
   * redemption either with `cancellation` set (settled: the ticket is unused again) or, when
   * settlement could not be reached or its answer was lost, with `pending_cancellation` set: the
   * cancellation is recorded and a repair job completes it (or withdraws it, should settlement then
   * refuse because the bank sync came first) within about two minutes; GetTicketUsage and
   * ListRedemptions show the outcome. A refusal by settlement is answered as such.
   */
  CancelRedemption: grpc.handleUnaryCall<_ecticket_redemption_v1_CancelRedemptionRequest__Output, _ecticket_redemption_v1_Redemption>;
  
  /**
   * R30, permission `cancel_return`; as CancelRedemption (answered with `cancellation` or
   * `pending_cancellation` set). RETURN_NOT_FOUND, RETURN_ALREADY_CANCELLED.
   */
  CancelReturn: grpc.handleUnaryCall<_ecticket_redemption_v1_CancelReturnRequest__Output, _ecticket_redemption_v1_Return>;
  
  /**
   * Any staff of the issuer or of a redeemable store of the product: the ticket's state and the
   * redemptions and returns the caller may see (R22.2).
   */
  GetTicketUsage: grpc.handleUnaryCall<_ecticket_redemption_v1_GetTicketUsageRequest__Output, _ecticket_redemption_v1_TicketUsage>;
  
  /**
   * Reports (R21, R22.1, R22.2), permission `reports`: what the caller's merchant operated, newest first.
   */
  ListRedemptions: grpc.handleUnaryCall<_ecticket_redemption_v1_ListRedemptionsRequest__Output, _ecticket_redemption_v1_ListRedemptionsResponse>;
  
  ListReturns: grpc.handleUnaryCall<_ecticket_redemption_v1_ListReturnsRequest__Output, _ecticket_redemption_v1_ListReturnsResponse>;
  
  /**
   * R28, permission `redeem`: by a typed redemption code or a scanned QR payload (exactly one).
   * Refusals: TICKET_NOT_FOUND, INVALID_QR_PAYLOAD, NOT_A_REDEEMABLE_STORE (a verified QR of a
   * product the caller's merchant may not redeem: the signature already proves the ticket exists),
   * TICKET_NOT_YET_USABLE, TICKET_EXPIRED, TICKET_ALREADY_REDEEMED (details: redeemedAt,
   * branchName, branchCode), TICKET_RETURNED, BRANCH_NOT_ALLOWED (R22.3, R31),
   * CANCELLATION_IN_PROGRESS (a cancellation of the ticket's use awaits settlement; details:
   * requestedAt), and the account service's PERMISSION_REQUIRED and BRANCH_DISABLED.
   */
  RedeemTicket: grpc.handleUnaryCall<_ecticket_redemption_v1_RedeemTicketRequest__Output, _ecticket_redemption_v1_Redemption>;
  
  /**
   * R29, permission `return`, by the issuer only: by ticket number or redemption code (exactly one).
   * Inside the guarantee period a pickup voucher's refund goes to the buyer's card, past it to the
   * merchant (R11). TICKET_NOT_FOUND, TICKET_ALREADY_REDEEMED, TICKET_RETURNED, TICKET_EXPIRED,
   * BRANCH_NOT_ALLOWED (R22.4, R31), CANCELLATION_IN_PROGRESS.
   */
  ReturnTicket: grpc.handleUnaryCall<_ecticket_redemption_v1_ReturnTicketRequest__Output, _ecticket_redemption_v1_Return>;
  
}

export interface RedemptionServiceDefinition extends grpc.ServiceDefinition {
  CancelRedemption: MethodDefinition<_ecticket_redemption_v1_CancelRedemptionRequest, _ecticket_redemption_v1_Redemption, _ecticket_redemption_v1_CancelRedemptionRequest__Output, _ecticket_redemption_v1_Redemption__Output>
  CancelReturn: MethodDefinition<_ecticket_redemption_v1_CancelReturnRequest, _ecticket_redemption_v1_Return, _ecticket_redemption_v1_CancelReturnRequest__Output, _ecticket_redemption_v1_Return__Output>
  GetTicketUsage: MethodDefinition<_ecticket_redemption_v1_GetTicketUsageRequest, _ecticket_redemption_v1_TicketUsage, _ecticket_redemption_v1_GetTicketUsageRequest__Output, _ecticket_redemption_v1_TicketUsage__Output>
  ListRedemptions: MethodDefinition<_ecticket_redemption_v1_ListRedemptionsRequest, _ecticket_redemption_v1_ListRedemptionsResponse, _ecticket_redemption_v1_ListRedemptionsRequest__Output, _ecticket_redemption_v1_ListRedemptionsResponse__Output>
  ListReturns: MethodDefinition<_ecticket_redemption_v1_ListReturnsRequest, _ecticket_redemption_v1_ListReturnsResponse, _ecticket_redemption_v1_ListReturnsRequest__Output, _ecticket_redemption_v1_ListReturnsResponse__Output>
  RedeemTicket: MethodDefinition<_ecticket_redemption_v1_RedeemTicketRequest, _ecticket_redemption_v1_Redemption, _ecticket_redemption_v1_RedeemTicketRequest__Output, _ecticket_redemption_v1_Redemption__Output>
  ReturnTicket: MethodDefinition<_ecticket_redemption_v1_ReturnTicketRequest, _ecticket_redemption_v1_Return, _ecticket_redemption_v1_ReturnTicketRequest__Output, _ecticket_redemption_v1_Return__Output>
}
