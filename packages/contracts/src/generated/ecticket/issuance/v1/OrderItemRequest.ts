// Original file: protos/issuance.proto


export interface OrderItemRequest {
  'productId'?: (string);
  'quantity'?: (number);
}

export interface OrderItemRequest__Output {
  'productId': (string);
  'quantity': (number);
}
