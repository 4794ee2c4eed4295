// Original file: protos/issuance.proto


export interface LookupPickupCodeRequest {
  'partnerId'?: (string);
  'pickupCode'?: (string);
}

export interface LookupPickupCodeRequest__Output {
  'partnerId': (string);
  'pickupCode': (string);
}
