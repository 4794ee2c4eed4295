// Original file: protos/settlement.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'

export interface SettlementServiceClient extends grpc.Client {
}

export interface SettlementServiceHandlers extends grpc.UntypedServiceImplementation {
}

export interface SettlementServiceDefinition extends grpc.ServiceDefinition {
}
