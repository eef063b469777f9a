// The build's open questions in plain view, each with its answer beside it: a dossier whose
// field, channel or status is not known is counted nowhere until the clerk says what it is.
import type { BuildQuestion } from '../../../core/build/types';
import type { Lang } from '../../../core/types';
import { CHANNEL_LABEL, STATUS_LABEL } from '../../../i18n/build/labels';
import type { BuildPaneTexts } from '../../../i18n/build/pane';
import { paneQuestion } from '../../../i18n/build/questions';
import { clear, h } from '../../dom';
import { STATUS_CHOICES } from './mapping-choices';

function answerControl(question: BuildQuestion, index: number, texts: BuildPaneTexts, lang: Lang, onAnswer: (value: string) => void): HTMLElement {
  const id = `build-question-${index}`;
  const attrs = { id, 'data-question': String(index), 'data-part': question.part, 'data-source': question.source };
  if (question.part === 'field') {
    const input = h('input', { className: 'field__control', attrs: { ...attrs, type: 'text', placeholder: texts.fieldPlaceholder } });
    const save = h('button', { className: 'button build__small', text: texts.saveAnswer, attrs: { type: 'button', 'data-save': String(index) } });
    save.addEventListener('click', () => onAnswer(input.value));
    return h('div', { className: 'build__answer' }, [h('label', { text: texts.fieldAnswer, attrs: { for: id } }), input, save]);
  }
  const choices: [string, string][] =
    question.part === 'channel'
      ? [
          ['online', CHANNEL_LABEL.online[lang]],
          ['direct', CHANNEL_LABEL.direct[lang]],
        ]
      : question.reason === 'wording'
        ? STATUS_CHOICES.map((status) => [status, STATUS_LABEL[status][lang]])
        : [['dates', texts.statusFromDates]];
  const select = h('select', { className: 'field__control', attrs }, [
    h('option', { text: texts.chooseAnswer, attrs: { value: '' } }),
    ...choices.map(([value, text]) => h('option', { text, attrs: { value } })),
  ]);
  select.addEventListener('change', () => onAnswer(select.value));
  const label = question.part === 'channel' ? texts.channelAnswer : texts.statusAnswer;
  return h('div', { className: 'build__answer' }, [h('label', { text: label, attrs: { for: id } }), select]);
}

/** Renders the questions into `container` (emptied; left empty when there are none). */
export function renderQuestions(
  container: HTMLElement,
  questions: BuildQuestion[],
  texts: BuildPaneTexts,
  lang: Lang,
  onAnswer: (question: BuildQuestion, value: string) => void,
): void {
  clear(container);
  if (questions.length === 0) return;
  container.append(h('h2', { className: 'build__heading', text: texts.questionsHeading }), h('p', { className: 'build__muted', text: texts.questionsHint }));
  const list = h('ol', { className: 'build__questions' });
  questions.forEach((question, index) => {
    list.append(
      h('li', { className: 'build__question' }, [
        h('p', { text: paneQuestion(question, lang) }),
        answerControl(question, index, texts, lang, (value) => onAnswer(question, value)),
      ]),
    );
  });
  container.append(list);
}
