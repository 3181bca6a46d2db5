/** Where the raw inbound message lives (S3 in AWS, files locally). */
export interface RawMail {
  get(key: string): Promise<Uint8Array>;
}
