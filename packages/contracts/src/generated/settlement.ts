import type * as grpc from '@grpc/grpc-js';

import type { SettlementServiceClient as _ecticket_settlement_v1_SettlementServiceClient, SettlementServiceDefinition as _ecticket_settlement_v1_SettlementServiceDefinition } from './ecticket/settlement/v1/SettlementService';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  ecticket: {
    settlement: {
      v1: {
        SettlementService: SubtypeConstructor<typeof grpc.Client, _ecticket_settlement_v1_SettlementServiceClient> & { service: _ecticket_settlement_v1_SettlementServiceDefinition }
      }
    }
  }
}

