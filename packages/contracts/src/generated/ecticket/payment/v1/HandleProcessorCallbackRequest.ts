// Original file: protos/payment.proto


export interface HandleProcessorCallbackRequest {
  /**
   * "ecpay" | "test"; "" means the configured processor
   */
  'processor'?: (string);
  /**
   * of raw_body: application/x-www-form-urlencoded
   */
  'contentType'?: (string);
  /**
   * the request body as received; when "", `fields` is the notice
   */
  'rawBody'?: (string);
  /**
   * the notice's fields, when the caller parsed the form itself
   */
  'fields'?: ({[key: string]: string});
}

export interface HandleProcessorCallbackRequest__Output {
  /**
   * "ecpay" | "test"; "" means the configured processor
   */
  'processor': (string);
  /**
   * of raw_body: application/x-www-form-urlencoded
   */
  'contentType': (string);
  /**
   * the request body as received; when "", `fields` is the notice
   */
  'rawBody': (string);
  /**
   * the notice's fields, when the caller parsed the form itself
   */
  'fields': ({[key: string]: string});
}
