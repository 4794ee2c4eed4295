// Original file: protos/issuance.proto

export const PaperPrinter = {
  /**
   * not a paper order
   */
  PAPER_PRINTER_UNSPECIFIED: 'PAPER_PRINTER_UNSPECIFIED',
  PAPER_PRINTER_MERCHANT: 'PAPER_PRINTER_MERCHANT',
  /**
   * the platform prints and delivers: the buyer's address is required
   */
  PAPER_PRINTER_PLATFORM: 'PAPER_PRINTER_PLATFORM',
} as const;

export type PaperPrinter =
  /**
   * not a paper order
   */
  | 'PAPER_PRINTER_UNSPECIFIED'
  | 0
  | 'PAPER_PRINTER_MERCHANT'
  | 1
  /**
   * the platform prints and delivers: the buyer's address is required
   */
  | 'PAPER_PRINTER_PLATFORM'
  | 2

export type PaperPrinter__Output = typeof PaperPrinter[keyof typeof PaperPrinter]
