import { tokenizeLiteral } from './literal.js';
import type { Ast } from './pattern.js';

/** A part of a pattern that no sentence can match. */
export interface DeadPart {
  code: 'unmatchable_literal' | 'unmatchable_sequence' | 'unfillable_slot';
  message: string;
}

/** The tokens wink makes of `word` where it stands in running text (after "They said"). */
function inContext(word: string): readonly string[] {
  // Clitics lean on the word before them: "it's", "didn't".
  const attached = /^['’]/.test(word) || word === "n't";
  const host = word === "n't" ? 'did' : 'it';
  const all = tokenizeLiteral(attached ? `they said ${host}${word} today` : `they said ${word} today`);
  return all.slice(attached ? 3 : 2, -1);
}

function producible(word: string): boolean {
  if (word.endsWith('*') && word.length > 1) {
    // A prefix matches the start of a token: it must not be split itself.
    const stem = word.slice(0, -1);
    return tokenizeLiteral(stem).length === 1;
  }
  const pieces = inContext(word);
  return pieces.length === 1 && pieces[0] === word;
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
 * pattern can: a literal wink never produces as a token where it stands in
 * text, "a - b" written apart where text makes one token of "a-b"
 * ("counter-terrorism"), an actor slot that no mention can fill.
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
      case 'word': {
        if (producible(node.word)) return true;
        report({ code: 'unmatchable_literal', message: `the literal "${node.word}" is never a token of text (wink reads it as ${JSON.stringify(inContext(node.word.replace(/\*$/, '')).join(' '))})` });
        return false;
      }
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
            report({ code: 'unmatchable_sequence', message: `"${a.word} - ${next}" never matches: text writes "${joined}" as ${pieces.length === 1 ? 'one token' : JSON.stringify(pieces.join(' '))}; write the literal ${joined}${next.endsWith('*') ? '*' : ''}` });
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
