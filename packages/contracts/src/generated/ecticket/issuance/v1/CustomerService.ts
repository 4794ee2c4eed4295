// Original file: protos/issuance.proto


export interface CustomerService {
  'phone'?: (string);
  'email'?: (string);
  'hours'?: (string);
  'address'?: (string);
  'storeWebsiteUrl'?: (string);
}

export interface CustomerService__Output {
  'phone': (string);
  'email': (string);
  'hours': (string);
  'address': (string);
  'storeWebsiteUrl': (string);
}
