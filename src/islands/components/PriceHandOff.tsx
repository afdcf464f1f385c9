import { useState } from 'preact/hooks';
import { formatTokens } from '../../lib/format';
import { inputOnce } from '../../lib/pricing/workload';
import { defaultCalculatorState, serializeCalculatorState } from '../../lib/url-state/calculator';

type Props = {
  /** The counted tokens, carried to the calculator exactly. */
  tokens: number;
  /** The date of the prices the counter showed, so the calculator shows the same ones. */
  asOf: string;
};

const whole = (v: string) => {
  const n = Math.round(Number(v));
  return Number.isFinite(n) && n >= 0 ? n : 0;
};

/**
 * "Price this text": the counted input goes to the calculator as it is; output tokens and
 * requests per month are the reader's, in plain view, so no figure changes unseen between
 * the two pages.
 */
export function PriceHandOff({ tokens, asOf }: Props) {
  const [output, setOutput] = useState(0);
  const [requests, setRequests] = useState(1);
  const workload = { ...inputOnce(tokens), outputTokens: output, requestsPerMonth: requests };
  const href = `/calculator/${serializeCalculatorState({ ...defaultCalculatorState, workload, asOf })}`;
  return (
    <form class="workload hand-off" onSubmit={(e) => e.preventDefault()}>
      <p>
        Price this text as <strong>{formatTokens(tokens)} input tokens</strong> per request, with:
      </p>
      <label>
        Output tokens per request
        <input
          type="number"
          min="0"
          step="1"
          value={output}
          onInput={(e) => setOutput(whole(e.currentTarget.value))}
        />
      </label>
      <label>
        Requests per month
        <input
          type="number"
          min="0"
          step="1"
          value={requests}
          onInput={(e) => setRequests(whole(e.currentTarget.value))}
        />
      </label>
      <p>
        <a class="button" href={href} data-testid="price-text">
          Price this text on every model
        </a>
      </p>
    </form>
  );
}
