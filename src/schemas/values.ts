/**
 * The controlled vocabularies of the spec format as plain constants, with no zod import,
 * so browser code (islands) can use them without shipping the schema library.
 */
export const modalities = ['text', 'image', 'audio', 'video', 'pdf'] as const;
export const encodings = ['o200k_base', 'o200k_harmony', 'cl100k_base', 'proprietary'] as const;
export const statuses = ['preview', 'active', 'legacy', 'deprecated', 'retired'] as const;

export type Modality = (typeof modalities)[number];
export type Encoding = (typeof encodings)[number];
export type Status = (typeof statuses)[number];
