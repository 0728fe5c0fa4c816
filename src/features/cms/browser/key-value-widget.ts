/**
 * An editor for a fact's schedule, year of protection → amount: one "year: amount" per line,
 * read back into the mapping the schema expects. Lines it cannot read are kept as typed and
 * reported by the content check of the pull request.
 */
import { plain } from '../formats.ts';
import { createClass, h, type EntryProps } from './decap.ts';

type Amounts = Record<string, number | string>;

export function linesOf(value: Amounts | undefined): string {
  return Object.entries(value ?? {})
    .sort(([a], [b]) => Number(a) - Number(b))
    .map(([year, amount]) => `${year}: ${amount}`)
    .join('\n');
}

export function amountsOf(text: string): Amounts {
  const amounts: Amounts = {};
  for (const line of text.split('\n')) {
    const match = /^\s*(\d+)\s*:\s*(.*?)\s*$/.exec(line);
    if (!match) continue;
    const number = Number(match[2]);
    amounts[match[1]!] = match[2] !== '' && Number.isFinite(number) ? number : match[2]!;
  }
  return amounts;
}

export function keyValueControl() {
  return createClass({
    getInitialState(this: { props: EntryProps }) {
      return { text: linesOf(plain(this.props.value) as Amounts | undefined) };
    },
    render(this: { props: EntryProps; state: { text: string }; setState(state: { text: string }): void }) {
      return h('textarea', {
        id: this.props.forID,
        className: this.props.classNameWrapper,
        rows: 8,
        value: this.state.text,
        onChange: (event: { target: { value: string } }) => {
          this.setState({ text: event.target.value });
          this.props.onChange?.(amountsOf(event.target.value));
        },
      });
    },
  });
}

export function keyValuePreview() {
  return createClass({
    render(this: { props: EntryProps }) {
      return h('pre', null, linesOf(plain(this.props.value) as Amounts | undefined));
    },
  });
}
