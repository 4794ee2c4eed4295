import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { SettlementServiceClient as _ecticket_settlement_v1_SettlementServiceClient, SettlementServiceDefinition as _ecticket_settlement_v1_SettlementServiceDefinition } from './ecticket/settlement/v1/SettlementService';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  ecticket: {
    settlement: {
      v1: {
        AccountBalance: MessageTypeDefinition
        Balances: MessageTypeDefinition
        BranchReportRow: MessageTypeDefinition
        CheckLedgerInvariantsRequest: MessageTypeDefinition
        ClaimCancellationRequest: MessageTypeDefinition
        ClaimCancellationResponse: MessageTypeDefinition
        ExportReconciliationRequest: MessageTypeDefinition
        GetBalancesRequest: MessageTypeDefinition
        IsSyncedRequest: MessageTypeDefinition
        IsSyncedResponse: MessageTypeDefinition
        LedgerEntry: MessageTypeDefinition
        LedgerInvariants: MessageTypeDefinition
        ListBranchReportRequest: MessageTypeDefinition
        ListBranchReportResponse: MessageTypeDefinition
        ListLedgerEntriesRequest: MessageTypeDefinition
        ListLedgerEntriesResponse: MessageTypeDefinition
        ListPayoutsRequest: MessageTypeDefinition
        ListPayoutsResponse: MessageTypeDefinition
        Page: MessageTypeDefinition
        Payout: MessageTypeDefinition
        ReconciliationExport: MessageTypeDefinition
        SettlementService: SubtypeConstructor<typeof grpc.Client, _ecticket_settlement_v1_SettlementServiceClient> & { service: _ecticket_settlement_v1_SettlementServiceDefinition }
      }
    }
  }
}

