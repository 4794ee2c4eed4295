// Original file: protos/issuance.proto


export interface GetProductRequest {
  'productId'?: (string);
}

export interface GetProductRequest__Output {
  'productId': (string);
}
