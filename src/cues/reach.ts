import { tokenizeLiteral } from './literal.js';
import type { Ast } from './pattern.js';

/** A part of a pattern that no sentence can match. */
export interface DeadPart {
  code: 'unmatchable_literal' | 'unfillable_slot';
  message: string;
}

const plain = (ast: Ast | undefined): ast is { t: 'word'; word: string } => ast?.t === 'word';

/** The literal words a part must begin with, when it must begin with one ([] when it may begin otherwise). */
function firstWords(ast: Ast): string[] {
  if (ast.t === 'word') return [ast.word];
  if (ast.t === 'seq') return ast.items[0] ? firstWords(ast.items[0]) : [];
  if (ast.t === 'alt') {
    const words = ast.options.map(firstWords);
    return words.every((w) => w.length > 0) ? words.flat() : [];
  }
  return [];
}

/**
 * The parts of a parsed pattern that can never match, and whether the whole
 * pattern can: literals written apart ("counter - isil") where text makes one
 * token of them ("counter-ISIL"), an actor slot that no mention can fill.
 * (A literal written whole is split as text is when the pattern is parsed,
 * so it is a token sequence text can have.)
 *
 * @param fillable - Whether a tag ("@STATE", "@russia") can be carried by some mention.
 */
export function deadParts(ast: Ast, fillable: (tag: string) => string | null): { dead: DeadPart[]; canMatch: boolean } {
  const dead: DeadPart[] = [];
  const seen = new Set<string>();
  const report = (part: DeadPart): void => {
    if (seen.has(part.message)) return;
    seen.add(part.message);
    dead.push(part);
  };
  const walk = (node: Ast): boolean => {
    switch (node.t) {
      case 'word':
        // Literals were split by the text tokenizer when the pattern was parsed: each is a token text can have.
        return true;
      case 'tag': {
        const why = fillable(node.tag);
        if (why === null) return true;
        report({ code: 'unfillable_slot', message: `${node.tag} can never be filled: ${why}` });
        return false;
      }
      case 'any':
      case 'gap':
        return true;
      case 'opt':
        walk(node.inner);
        return true;
      case 'alt': {
        let any = false;
        for (const option of node.options) if (walk(option)) any = true;
        return any;
      }
      case 'seq': {
        let all = true;
        for (const item of node.items) if (!walk(item)) all = false;
        // "counter - isil": text writes "counter-ISIL" as one token, so the three never follow each other.
        for (let k = 0; k + 2 < node.items.length; k++) {
          const [a, dash, b] = [node.items[k], node.items[k + 1], node.items[k + 2]];
          if (!plain(a) || !plain(dash) || dash.word !== '-' || a.word.endsWith('*')) continue;
          const nexts = b ? firstWords(b) : [];
          const joinedUp = nexts.filter((next) => {
            const joined = `${a.word}-${next.replace(/\*$/, '')}`;
            const pieces = tokenizeLiteral(joined);
            if (pieces.length === 3) return false;
            report({ code: 'unmatchable_literal', message: `"${a.word} - ${next}" never matches: text writes "${joined}" as ${pieces.length === 1 ? 'one token' : JSON.stringify(pieces.join(' '))}; write the literal ${joined}${next.endsWith('*') ? '*' : ''}` });
            return true;
          });
          if (nexts.length > 0 && joinedUp.length === nexts.length) all = false;
        }
        return all;
      }
    }
  };
  const canMatch = walk(ast);
  return { dead, canMatch };
}
