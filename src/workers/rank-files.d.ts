/** URLs of the binary rank files, emitted by scripts/rank-files.ts. */
declare module 'virtual:rank-file/*' {
  const url: string;
  export default url;
}
