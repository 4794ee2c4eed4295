import type * as grpc from '@grpc/grpc-js';
import type { EnumTypeDefinition, MessageTypeDefinition } from '@grpc/proto-loader';

import type { RedemptionServiceClient as _ecticket_redemption_v1_RedemptionServiceClient, RedemptionServiceDefinition as _ecticket_redemption_v1_RedemptionServiceDefinition } from './ecticket/redemption/v1/RedemptionService';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  ecticket: {
    redemption: {
      v1: {
        CancelRedemptionRequest: MessageTypeDefinition
        CancelReturnRequest: MessageTypeDefinition
        Cancellation: MessageTypeDefinition
        GetTicketUsageRequest: MessageTypeDefinition
        ListRedemptionsRequest: MessageTypeDefinition
        ListRedemptionsResponse: MessageTypeDefinition
        ListReturnsRequest: MessageTypeDefinition
        ListReturnsResponse: MessageTypeDefinition
        Operator: MessageTypeDefinition
        Page: MessageTypeDefinition
        PendingCancellation: MessageTypeDefinition
        RedeemTicketRequest: MessageTypeDefinition
        Redemption: MessageTypeDefinition
        RedemptionService: SubtypeConstructor<typeof grpc.Client, _ecticket_redemption_v1_RedemptionServiceClient> & { service: _ecticket_redemption_v1_RedemptionServiceDefinition }
        Refund: EnumTypeDefinition
        Return: MessageTypeDefinition
        ReturnTicketRequest: MessageTypeDefinition
        TicketSummary: MessageTypeDefinition
        TicketType: EnumTypeDefinition
        TicketUsage: MessageTypeDefinition
        UsageState: EnumTypeDefinition
      }
    }
  }
}

