// Original file: protos/redemption.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'

export interface RedemptionServiceClient extends grpc.Client {
}

export interface RedemptionServiceHandlers extends grpc.UntypedServiceImplementation {
}

export interface RedemptionServiceDefinition extends grpc.ServiceDefinition {
}
