// Original file: protos/settlement.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { Balances as _ecticket_settlement_v1_Balances, Balances__Output as _ecticket_settlement_v1_Balances__Output } from '../../../ecticket/settlement/v1/Balances';
import type { CheckLedgerInvariantsRequest as _ecticket_settlement_v1_CheckLedgerInvariantsRequest, CheckLedgerInvariantsRequest__Output as _ecticket_settlement_v1_CheckLedgerInvariantsRequest__Output } from '../../../ecticket/settlement/v1/CheckLedgerInvariantsRequest';
import type { ClaimCancellationRequest as _ecticket_settlement_v1_ClaimCancellationRequest, ClaimCancellationRequest__Output as _ecticket_settlement_v1_ClaimCancellationRequest__Output } from '../../../ecticket/settlement/v1/ClaimCancellationRequest';
import type { ClaimCancellationResponse as _ecticket_settlement_v1_ClaimCancellationResponse, ClaimCancellationResponse__Output as _ecticket_settlement_v1_ClaimCancellationResponse__Output } from '../../../ecticket/settlement/v1/ClaimCancellationResponse';
import type { ExportReconciliationRequest as _ecticket_settlement_v1_ExportReconciliationRequest, ExportReconciliationRequest__Output as _ecticket_settlement_v1_ExportReconciliationRequest__Output } from '../../../ecticket/settlement/v1/ExportReconciliationRequest';
import type { GetBalancesRequest as _ecticket_settlement_v1_GetBalancesRequest, GetBalancesRequest__Output as _ecticket_settlement_v1_GetBalancesRequest__Output } from '../../../ecticket/settlement/v1/GetBalancesRequest';
import type { IsSyncedRequest as _ecticket_settlement_v1_IsSyncedRequest, IsSyncedRequest__Output as _ecticket_settlement_v1_IsSyncedRequest__Output } from '../../../ecticket/settlement/v1/IsSyncedRequest';
import type { IsSyncedResponse as _ecticket_settlement_v1_IsSyncedResponse, IsSyncedResponse__Output as _ecticket_settlement_v1_IsSyncedResponse__Output } from '../../../ecticket/settlement/v1/IsSyncedResponse';
import type { LedgerInvariants as _ecticket_settlement_v1_LedgerInvariants, LedgerInvariants__Output as _ecticket_settlement_v1_LedgerInvariants__Output } from '../../../ecticket/settlement/v1/LedgerInvariants';
import type { ListBranchReportRequest as _ecticket_settlement_v1_ListBranchReportRequest, ListBranchReportRequest__Output as _ecticket_settlement_v1_ListBranchReportRequest__Output } from '../../../ecticket/settlement/v1/ListBranchReportRequest';
import type { ListBranchReportResponse as _ecticket_settlement_v1_ListBranchReportResponse, ListBranchReportResponse__Output as _ecticket_settlement_v1_ListBranchReportResponse__Output } from '../../../ecticket/settlement/v1/ListBranchReportResponse';
import type { ListLedgerEntriesRequest as _ecticket_settlement_v1_ListLedgerEntriesRequest, ListLedgerEntriesRequest__Output as _ecticket_settlement_v1_ListLedgerEntriesRequest__Output } from '../../../ecticket/settlement/v1/ListLedgerEntriesRequest';
import type { ListLedgerEntriesResponse as _ecticket_settlement_v1_ListLedgerEntriesResponse, ListLedgerEntriesResponse__Output as _ecticket_settlement_v1_ListLedgerEntriesResponse__Output } from '../../../ecticket/settlement/v1/ListLedgerEntriesResponse';
import type { ListPayoutsRequest as _ecticket_settlement_v1_ListPayoutsRequest, ListPayoutsRequest__Output as _ecticket_settlement_v1_ListPayoutsRequest__Output } from '../../../ecticket/settlement/v1/ListPayoutsRequest';
import type { ListPayoutsResponse as _ecticket_settlement_v1_ListPayoutsResponse, ListPayoutsResponse__Output as _ecticket_settlement_v1_ListPayoutsResponse__Output } from '../../../ecticket/settlement/v1/ListPayoutsResponse';
import type { ReconciliationExport as _ecticket_settlement_v1_ReconciliationExport, ReconciliationExport__Output as _ecticket_settlement_v1_ReconciliationExport__Output } from '../../../ecticket/settlement/v1/ReconciliationExport';

export interface SettlementServiceClient extends grpc.Client {
  /**
   * The ledger's invariants (T13), for tests and monitoring: `ok` with the figures, or the violations.
   */
  CheckLedgerInvariants(argument: _ecticket_settlement_v1_CheckLedgerInvariantsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_settlement_v1_LedgerInvariants__Output>): grpc.ClientUnaryCall;
  CheckLedgerInvariants(argument: _ecticket_settlement_v1_CheckLedgerInvariantsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ecticket_settlement_v1_LedgerInvariants__Output>): grpc.ClientUnaryCall;
  CheckLedgerInvariants(argument: _ecticket_settlement_v1_CheckLedgerInvariantsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_settlement_v1_LedgerInvariants__Output>): grpc.ClientUnaryCall;
  CheckLedgerInvariants(argument: _ecticket_settlement_v1_CheckLedgerInvariantsRequest, callback: grpc.requestCallback<_ecticket_settlement_v1_LedgerInvariants__Output>): grpc.ClientUnaryCall;
  /**
   * The ledger's invariants (T13), for tests and monitoring: `ok` with the figures, or the violations.
   */
  checkLedgerInvariants(argument: _ecticket_settlement_v1_CheckLedgerInvariantsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_settlement_v1_LedgerInvariants__Output>): grpc.ClientUnaryCall;
  checkLedgerInvariants(argument: _ecticket_settlement_v1_CheckLedgerInvariantsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ecticket_settlement_v1_LedgerInvariants__Output>): grpc.ClientUnaryCall;
  checkLedgerInvariants(argument: _ecticket_settlement_v1_CheckLedgerInvariantsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_settlement_v1_LedgerInvariants__Output>): grpc.ClientUnaryCall;
  checkLedgerInvariants(argument: _ecticket_settlement_v1_CheckLedgerInvariantsRequest, callback: grpc.requestCallback<_ecticket_settlement_v1_LedgerInvariants__Output>): grpc.ClientUnaryCall;
  
  /**
   * The redemption service, before it cancels a redemption or a return (R30): marks the usage
   * cancelled so the bank sync skips it. Refused with FAILED_PRECONDITION ALREADY_SYNCED_TO_BANK
   * once the usage was synced; claiming a cancelled usage again succeeds (idempotent). A usage whose
   * event has not arrived yet is recorded as cancelled, so the late event cannot make it pending.
   * Of a claim and a bank sync racing on one usage exactly one wins (T14).
   */
  ClaimCancellation(argument: _ecticket_settlement_v1_ClaimCancellationRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_settlement_v1_ClaimCancellationResponse__Output>): grpc.ClientUnaryCall;
  ClaimCancellation(argument: _ecticket_settlement_v1_ClaimCancellationRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ecticket_settlement_v1_ClaimCancellationResponse__Output>): grpc.ClientUnaryCall;
  ClaimCancellation(argument: _ecticket_settlement_v1_ClaimCancellationRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_settlement_v1_ClaimCancellationResponse__Output>): grpc.ClientUnaryCall;
  ClaimCancellation(argument: _ecticket_settlement_v1_ClaimCancellationRequest, callback: grpc.requestCallback<_ecticket_settlement_v1_ClaimCancellationResponse__Output>): grpc.ClientUnaryCall;
  /**
   * The redemption service, before it cancels a redemption or a return (R30): marks the usage
   * cancelled so the bank sync skips it. Refused with FAILED_PRECONDITION ALREADY_SYNCED_TO_BANK
   * once the usage was synced; claiming a cancelled usage again succeeds (idempotent). A usage whose
   * event has not arrived yet is recorded as cancelled, so the late event cannot make it pending.
   * Of a claim and a bank sync racing on one usage exactly one wins (T14).
   */
  claimCancellation(argument: _ecticket_settlement_v1_ClaimCancellationRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_settlement_v1_ClaimCancellationResponse__Output>): grpc.ClientUnaryCall;
  claimCancellation(argument: _ecticket_settlement_v1_ClaimCancellationRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ecticket_settlement_v1_ClaimCancellationResponse__Output>): grpc.ClientUnaryCall;
  claimCancellation(argument: _ecticket_settlement_v1_ClaimCancellationRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_settlement_v1_ClaimCancellationResponse__Output>): grpc.ClientUnaryCall;
  claimCancellation(argument: _ecticket_settlement_v1_ClaimCancellationRequest, callback: grpc.requestCallback<_ecticket_settlement_v1_ClaimCancellationResponse__Output>): grpc.ClientUnaryCall;
  
  ExportReconciliation(argument: _ecticket_settlement_v1_ExportReconciliationRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_settlement_v1_ReconciliationExport__Output>): grpc.ClientUnaryCall;
  ExportReconciliation(argument: _ecticket_settlement_v1_ExportReconciliationRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ecticket_settlement_v1_ReconciliationExport__Output>): grpc.ClientUnaryCall;
  ExportReconciliation(argument: _ecticket_settlement_v1_ExportReconciliationRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_settlement_v1_ReconciliationExport__Output>): grpc.ClientUnaryCall;
  ExportReconciliation(argument: _ecticket_settlement_v1_ExportReconciliationRequest, callback: grpc.requestCallback<_ecticket_settlement_v1_ReconciliationExport__Output>): grpc.ClientUnaryCall;
  exportReconciliation(argument: _ecticket_settlement_v1_ExportReconciliationRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_settlement_v1_ReconciliationExport__Output>): grpc.ClientUnaryCall;
  exportReconciliation(argument: _ecticket_settlement_v1_ExportReconciliationRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ecticket_settlement_v1_ReconciliationExport__Output>): grpc.ClientUnaryCall;
  exportReconciliation(argument: _ecticket_settlement_v1_ExportReconciliationRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_settlement_v1_ReconciliationExport__Output>): grpc.ClientUnaryCall;
  exportReconciliation(argument: _ecticket_settlement_v1_ExportReconciliationRequest, callback: grpc.requestCallback<_ecticket_settlement_v1_ReconciliationExport__Output>): grpc.ClientUnaryCall;
  
  /**
   * Merchant staff, head office (operationIds getBalances, listLedgerEntries, listPayouts,
   * exportReconciliation).
   */
  GetBalances(argument: _ecticket_settlement_v1_GetBalancesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_settlement_v1_Balances__Output>): grpc.ClientUnaryCall;
  GetBalances(argument: _ecticket_settlement_v1_GetBalancesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ecticket_settlement_v1_Balances__Output>): grpc.ClientUnaryCall;
  GetBalances(argument: _ecticket_settlement_v1_GetBalancesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_settlement_v1_Balances__Output>): grpc.ClientUnaryCall;
  GetBalances(argument: _ecticket_settlement_v1_GetBalancesRequest, callback: grpc.requestCallback<_ecticket_settlement_v1_Balances__Output>): grpc.ClientUnaryCall;
  /**
   * Merchant staff, head office (operationIds getBalances, listLedgerEntries, listPayouts,
   * exportReconciliation).
   */
  getBalances(argument: _ecticket_settlement_v1_GetBalancesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_settlement_v1_Balances__Output>): grpc.ClientUnaryCall;
  getBalances(argument: _ecticket_settlement_v1_GetBalancesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ecticket_settlement_v1_Balances__Output>): grpc.ClientUnaryCall;
  getBalances(argument: _ecticket_settlement_v1_GetBalancesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_settlement_v1_Balances__Output>): grpc.ClientUnaryCall;
  getBalances(argument: _ecticket_settlement_v1_GetBalancesRequest, callback: grpc.requestCallback<_ecticket_settlement_v1_Balances__Output>): grpc.ClientUnaryCall;
  
  /**
   * Whether the ticket's latest redemption or return has been synced to the bank (final, R30).
   */
  IsSynced(argument: _ecticket_settlement_v1_IsSyncedRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_settlement_v1_IsSyncedResponse__Output>): grpc.ClientUnaryCall;
  IsSynced(argument: _ecticket_settlement_v1_IsSyncedRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ecticket_settlement_v1_IsSyncedResponse__Output>): grpc.ClientUnaryCall;
  IsSynced(argument: _ecticket_settlement_v1_IsSyncedRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_settlement_v1_IsSyncedResponse__Output>): grpc.ClientUnaryCall;
  IsSynced(argument: _ecticket_settlement_v1_IsSyncedRequest, callback: grpc.requestCallback<_ecticket_settlement_v1_IsSyncedResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Whether the ticket's latest redemption or return has been synced to the bank (final, R30).
   */
  isSynced(argument: _ecticket_settlement_v1_IsSyncedRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_settlement_v1_IsSyncedResponse__Output>): grpc.ClientUnaryCall;
  isSynced(argument: _ecticket_settlement_v1_IsSyncedRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ecticket_settlement_v1_IsSyncedResponse__Output>): grpc.ClientUnaryCall;
  isSynced(argument: _ecticket_settlement_v1_IsSyncedRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_settlement_v1_IsSyncedResponse__Output>): grpc.ClientUnaryCall;
  isSynced(argument: _ecticket_settlement_v1_IsSyncedRequest, callback: grpc.requestCallback<_ecticket_settlement_v1_IsSyncedResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Merchant staff, any branch (operationId listBranchReport): redemptions and returns (R21, R22).
   */
  ListBranchReport(argument: _ecticket_settlement_v1_ListBranchReportRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_settlement_v1_ListBranchReportResponse__Output>): grpc.ClientUnaryCall;
  ListBranchReport(argument: _ecticket_settlement_v1_ListBranchReportRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ecticket_settlement_v1_ListBranchReportResponse__Output>): grpc.ClientUnaryCall;
  ListBranchReport(argument: _ecticket_settlement_v1_ListBranchReportRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_settlement_v1_ListBranchReportResponse__Output>): grpc.ClientUnaryCall;
  ListBranchReport(argument: _ecticket_settlement_v1_ListBranchReportRequest, callback: grpc.requestCallback<_ecticket_settlement_v1_ListBranchReportResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Merchant staff, any branch (operationId listBranchReport): redemptions and returns (R21, R22).
   */
  listBranchReport(argument: _ecticket_settlement_v1_ListBranchReportRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_settlement_v1_ListBranchReportResponse__Output>): grpc.ClientUnaryCall;
  listBranchReport(argument: _ecticket_settlement_v1_ListBranchReportRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ecticket_settlement_v1_ListBranchReportResponse__Output>): grpc.ClientUnaryCall;
  listBranchReport(argument: _ecticket_settlement_v1_ListBranchReportRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_settlement_v1_ListBranchReportResponse__Output>): grpc.ClientUnaryCall;
  listBranchReport(argument: _ecticket_settlement_v1_ListBranchReportRequest, callback: grpc.requestCallback<_ecticket_settlement_v1_ListBranchReportResponse__Output>): grpc.ClientUnaryCall;
  
  ListLedgerEntries(argument: _ecticket_settlement_v1_ListLedgerEntriesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_settlement_v1_ListLedgerEntriesResponse__Output>): grpc.ClientUnaryCall;
  ListLedgerEntries(argument: _ecticket_settlement_v1_ListLedgerEntriesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ecticket_settlement_v1_ListLedgerEntriesResponse__Output>): grpc.ClientUnaryCall;
  ListLedgerEntries(argument: _ecticket_settlement_v1_ListLedgerEntriesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_settlement_v1_ListLedgerEntriesResponse__Output>): grpc.ClientUnaryCall;
  ListLedgerEntries(argument: _ecticket_settlement_v1_ListLedgerEntriesRequest, callback: grpc.requestCallback<_ecticket_settlement_v1_ListLedgerEntriesResponse__Output>): grpc.ClientUnaryCall;
  listLedgerEntries(argument: _ecticket_settlement_v1_ListLedgerEntriesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_settlement_v1_ListLedgerEntriesResponse__Output>): grpc.ClientUnaryCall;
  listLedgerEntries(argument: _ecticket_settlement_v1_ListLedgerEntriesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ecticket_settlement_v1_ListLedgerEntriesResponse__Output>): grpc.ClientUnaryCall;
  listLedgerEntries(argument: _ecticket_settlement_v1_ListLedgerEntriesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_settlement_v1_ListLedgerEntriesResponse__Output>): grpc.ClientUnaryCall;
  listLedgerEntries(argument: _ecticket_settlement_v1_ListLedgerEntriesRequest, callback: grpc.requestCallback<_ecticket_settlement_v1_ListLedgerEntriesResponse__Output>): grpc.ClientUnaryCall;
  
  ListPayouts(argument: _ecticket_settlement_v1_ListPayoutsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_settlement_v1_ListPayoutsResponse__Output>): grpc.ClientUnaryCall;
  ListPayouts(argument: _ecticket_settlement_v1_ListPayoutsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ecticket_settlement_v1_ListPayoutsResponse__Output>): grpc.ClientUnaryCall;
  ListPayouts(argument: _ecticket_settlement_v1_ListPayoutsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_settlement_v1_ListPayoutsResponse__Output>): grpc.ClientUnaryCall;
  ListPayouts(argument: _ecticket_settlement_v1_ListPayoutsRequest, callback: grpc.requestCallback<_ecticket_settlement_v1_ListPayoutsResponse__Output>): grpc.ClientUnaryCall;
  listPayouts(argument: _ecticket_settlement_v1_ListPayoutsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_settlement_v1_ListPayoutsResponse__Output>): grpc.ClientUnaryCall;
  listPayouts(argument: _ecticket_settlement_v1_ListPayoutsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ecticket_settlement_v1_ListPayoutsResponse__Output>): grpc.ClientUnaryCall;
  listPayouts(argument: _ecticket_settlement_v1_ListPayoutsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ecticket_settlement_v1_ListPayoutsResponse__Output>): grpc.ClientUnaryCall;
  listPayouts(argument: _ecticket_settlement_v1_ListPayoutsRequest, callback: grpc.requestCallback<_ecticket_settlement_v1_ListPayoutsResponse__Output>): grpc.ClientUnaryCall;
  
}

export interface SettlementServiceHandlers extends grpc.UntypedServiceImplementation {
  /**
   * The ledger's invariants (T13), for tests and monitoring: `ok` with the figures, or the violations.
   */
  CheckLedgerInvariants: grpc.handleUnaryCall<_ecticket_settlement_v1_CheckLedgerInvariantsRequest__Output, _ecticket_settlement_v1_LedgerInvariants>;
  
  /**
   * The redemption service, before it cancels a redemption or a return (R30): marks the usage
   * cancelled so the bank sync skips it. Refused with FAILED_PRECONDITION ALREADY_SYNCED_TO_BANK
   * once the usage was synced; claiming a cancelled usage again succeeds (idempotent). A usage whose
   * event has not arrived yet is recorded as cancelled, so the late event cannot make it pending.
   * Of a claim and a bank sync racing on one usage exactly one wins (T14).
   */
  ClaimCancellation: grpc.handleUnaryCall<_ecticket_settlement_v1_ClaimCancellationRequest__Output, _ecticket_settlement_v1_ClaimCancellationResponse>;
  
  ExportReconciliation: grpc.handleUnaryCall<_ecticket_settlement_v1_ExportReconciliationRequest__Output, _ecticket_settlement_v1_ReconciliationExport>;
  
  /**
   * Merchant staff, head office (operationIds getBalances, listLedgerEntries, listPayouts,
   * exportReconciliation).
   */
  GetBalances: grpc.handleUnaryCall<_ecticket_settlement_v1_GetBalancesRequest__Output, _ecticket_settlement_v1_Balances>;
  
  /**
   * Whether the ticket's latest redemption or return has been synced to the bank (final, R30).
   */
  IsSynced: grpc.handleUnaryCall<_ecticket_settlement_v1_IsSyncedRequest__Output, _ecticket_settlement_v1_IsSyncedResponse>;
  
  /**
   * Merchant staff, any branch (operationId listBranchReport): redemptions and returns (R21, R22).
   */
  ListBranchReport: grpc.handleUnaryCall<_ecticket_settlement_v1_ListBranchReportRequest__Output, _ecticket_settlement_v1_ListBranchReportResponse>;
  
  ListLedgerEntries: grpc.handleUnaryCall<_ecticket_settlement_v1_ListLedgerEntriesRequest__Output, _ecticket_settlement_v1_ListLedgerEntriesResponse>;
  
  ListPayouts: grpc.handleUnaryCall<_ecticket_settlement_v1_ListPayoutsRequest__Output, _ecticket_settlement_v1_ListPayoutsResponse>;
  
}

export interface SettlementServiceDefinition extends grpc.ServiceDefinition {
  CheckLedgerInvariants: MethodDefinition<_ecticket_settlement_v1_CheckLedgerInvariantsRequest, _ecticket_settlement_v1_LedgerInvariants, _ecticket_settlement_v1_CheckLedgerInvariantsRequest__Output, _ecticket_settlement_v1_LedgerInvariants__Output>
  ClaimCancellation: MethodDefinition<_ecticket_settlement_v1_ClaimCancellationRequest, _ecticket_settlement_v1_ClaimCancellationResponse, _ecticket_settlement_v1_ClaimCancellationRequest__Output, _ecticket_settlement_v1_ClaimCancellationResponse__Output>
  ExportReconciliation: MethodDefinition<_ecticket_settlement_v1_ExportReconciliationRequest, _ecticket_settlement_v1_ReconciliationExport, _ecticket_settlement_v1_ExportReconciliationRequest__Output, _ecticket_settlement_v1_ReconciliationExport__Output>
  GetBalances: MethodDefinition<_ecticket_settlement_v1_GetBalancesRequest, _ecticket_settlement_v1_Balances, _ecticket_settlement_v1_GetBalancesRequest__Output, _ecticket_settlement_v1_Balances__Output>
  IsSynced: MethodDefinition<_ecticket_settlement_v1_IsSyncedRequest, _ecticket_settlement_v1_IsSyncedResponse, _ecticket_settlement_v1_IsSyncedRequest__Output, _ecticket_settlement_v1_IsSyncedResponse__Output>
  ListBranchReport: MethodDefinition<_ecticket_settlement_v1_ListBranchReportRequest, _ecticket_settlement_v1_ListBranchReportResponse, _ecticket_settlement_v1_ListBranchReportRequest__Output, _ecticket_settlement_v1_ListBranchReportResponse__Output>
  ListLedgerEntries: MethodDefinition<_ecticket_settlement_v1_ListLedgerEntriesRequest, _ecticket_settlement_v1_ListLedgerEntriesResponse, _ecticket_settlement_v1_ListLedgerEntriesRequest__Output, _ecticket_settlement_v1_ListLedgerEntriesResponse__Output>
  ListPayouts: MethodDefinition<_ecticket_settlement_v1_ListPayoutsRequest, _ecticket_settlement_v1_ListPayoutsResponse, _ecticket_settlement_v1_ListPayoutsRequest__Output, _ecticket_settlement_v1_ListPayoutsResponse__Output>
}
