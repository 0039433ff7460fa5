/** Kinds of knowledge product. */
export const KNOWLEDGE_KINDS = ['video', 'publication', 'case-study', 'toolkit'] as const;

export type KnowledgeKind = (typeof KNOWLEDGE_KINDS)[number];
