// Original file: protos/settlement.proto


export interface GetBalancesRequest {
  'merchantId'?: (string);
}

export interface GetBalancesRequest__Output {
  'merchantId': (string);
}
