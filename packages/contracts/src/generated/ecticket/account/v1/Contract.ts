// Original file: protos/account.proto


export interface Contract {
  'payoutDays'?: (number);
  'guaranteeDays'?: (number);
  'giftVouchersEnabled'?: (boolean);
  'smsServiceEnabled'?: (boolean);
}

export interface Contract__Output {
  'payoutDays': (number);
  'guaranteeDays': (number);
  'giftVouchersEnabled': (boolean);
  'smsServiceEnabled': (boolean);
}
