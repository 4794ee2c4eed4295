// Original file: protos/notification.proto


export interface Page {
  /**
   * 1..200; 0 means the default (50)
   */
  'limit'?: (number);
  /**
   * from the previous response's next_cursor
   */
  'cursor'?: (string);
}

export interface Page__Output {
  /**
   * 1..200; 0 means the default (50)
   */
  'limit': (number);
  /**
   * from the previous response's next_cursor
   */
  'cursor': (string);
}
