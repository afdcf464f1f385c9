/**
 * Who is who across the snapshots and the hand-written files: models.dev's provider ids
 * where this site already names the same provider differently, and the form ids take here.
 */
export const providerIdFor: Record<string, string> = {
  'amazon-bedrock': 'bedrock',
  'google-vertex': 'vertex',
  togetherai: 'together',
  'fireworks-ai': 'fireworks',
  zhipuai: 'zai',
};

/** models.dev labs whose models this site files under another maker id. */
export const makerIdFor: Record<string, string> = { zhipuai: 'zai' };

/**
 * Providers left out: subscription plans ("coding plan", "token plan") are not priced per
 * token, and local runtimes are not providers.
 */
export const skipProvider = (id: string): boolean =>
  /coding-plan|token-plan|lmstudio|ollama|atomic-chat/.test(id);

/** A model id in this site's form: lowercase letters, digits, dots and dashes. */
export function siteId(raw: string): string {
  return raw
    .toLowerCase()
    .replace(/[^a-z0-9.-]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^[.-]+|[.-]+$/g, '');
}

/** The last path segment of a served-model id, without a `<lab>.` prefix (Bedrock's `openai.gpt-5.4`). */
export function bareId(apiId: string, lab: string | undefined): string {
  const last = apiId.split('/').pop() ?? apiId;
  return lab !== undefined && last.startsWith(`${lab}.`) ? last.slice(lab.length + 1) : last;
}

/** Makers' display names and home pages, for makers with no provider record of their own. */
export const makerInfo: Record<string, { name: string; url: string }> = {
  ai21: { name: 'AI21 Labs', url: 'https://www.ai21.com' },
  amazon: { name: 'Amazon', url: 'https://nova.amazon.com' },
  'arcee-ai': { name: 'Arcee AI', url: 'https://www.arcee.ai' },
  bytedance: { name: 'ByteDance Seed', url: 'https://seed.bytedance.com' },
  ibm: { name: 'IBM (Granite)', url: 'https://www.ibm.com/granite' },
  inflection: { name: 'Inflection AI', url: 'https://inflection.ai' },
  liquid: { name: 'Liquid AI', url: 'https://www.liquid.ai' },
  microsoft: { name: 'Microsoft', url: 'https://azure.microsoft.com/en-us/products/phi' },
  reka: { name: 'Reka AI', url: 'https://www.reka.ai' },
  upstage: { name: 'Upstage', url: 'https://www.upstage.ai' },
  writer: { name: 'Writer', url: 'https://writer.com' },
  alibaba: { name: 'Alibaba (Qwen)', url: 'https://qwen.ai' },
  cohere: { name: 'Cohere', url: 'https://cohere.com' },
  deepreinforce: { name: 'DeepReinforce', url: 'https://deep-reinforce.com' },
  deepseek: { name: 'DeepSeek', url: 'https://www.deepseek.com' },
  meta: { name: 'Meta', url: 'https://www.llama.com' },
  minimax: { name: 'MiniMax', url: 'https://www.minimax.io' },
  mistral: { name: 'Mistral AI', url: 'https://mistral.ai' },
  moonshotai: { name: 'Moonshot AI', url: 'https://www.moonshot.ai' },
  perplexity: { name: 'Perplexity', url: 'https://www.perplexity.ai' },
  sakana: { name: 'Sakana AI', url: 'https://sakana.ai' },
  sarvam: { name: 'Sarvam AI', url: 'https://www.sarvam.ai' },
  stepfun: { name: 'StepFun', url: 'https://www.stepfun.com' },
  tencent: { name: 'Tencent', url: 'https://hunyuan.tencent.com' },
  xai: { name: 'xAI', url: 'https://x.ai' },
  xiaomi: { name: 'Xiaomi', url: 'https://mimo.xiaomi.com' },
};
