import type { LanguagePack } from './language-pack'

const LEADING_FILLERS = ['as you can see', 'you can see that', 'let\'s', 'let us', 'let me', 'note that', 'notice that', 'keep in mind that', 'as mentioned', 'as we saw', 'as we\'ve seen', 'as we have seen', 'as discussed', 'it\'s worth noting that', 'it is worth noting that', 'of course', 'basically', 'actually', 'in this lesson', 'in this section', 'in this chapter', 'in this article', 'in this post', 'in this tutorial', 'for this lesson', 'for this section']

/** Leading fillers that are fillers only where a clause opens: inside one they are the claim's words ("Tests let us change code without fear"). */
const OPENING_ONLY = new Set(['let\'s', 'let us', 'let me'])

/**
 * What follows a dummy "it" that stands for what comes after it, not for the sentence
 * before ("It is possible to…", "It's also important that…", "It's often easier to…"): no
 * pronoun that leans back. An adjective alone after it is said of what came before ("It's
 * slower than…").
 */
const EXPLETIVE_TAIL = '(?: also| often| usually| now| always| generally| still| not)? (?:possible|impossible|important|necessary|common|easy|hard|difficult|useful|worth|recommended|best|better|safe|likely|unlikely|clear|true|helpful|essential|crucial|critical|convenient|natural|normal|typical|rare|wise|advisable|tempting|fine|enough|easier|harder|safer|simpler|better|faster|cheaper|wiser) (?:to|that|for|if|whether|when)\\b'

/** How the planner reads English. */
export const EN: LanguagePack = {
  connectives: ['(?:clearly|obviously|evidently)(?=,|$)', 'so', 'but', 'and', 'or', 'nor', 'yet', 'however', 'also', 'therefore', 'thus', 'hence', 'then', 'now', 'instead', 'finally', 'first', 'firstly', 'second', 'secondly', 'third', 'thirdly', 'next', 'lastly', 'still', 'besides', 'moreover', 'furthermore', 'additionally', 'in addition(?! to)', 'in fact', 'in short', 'in other words', 'in general', 'in particular', 'that is(?=,)', 'meanwhile', 'otherwise', 'similarly', 'likewise', 'as a result', 'as such', 'which', 'who', 'whose', 'whom', 'consequently', 'accordingly', 'indeed', 'anyway', 'of course', 'after all', 'after that', 'at the same time', 'on the other hand', 'on top of that', 'even so', 'that said', 'to do this', 'to do that', 'in this case', 'in that case', 'by doing so', 'in turn', 'again', 'plus', 'specifically', 'concretely', 'further', 'ultimately', 'overall', 'essentially', 'basically', 'actually', 'really', 'okay', 'ok', 'either', 'neither', 'rather', 'as well', 'too'],
  pronouns: [`it(?! (?:is|was)${EXPLETIVE_TAIL})`, 'its', `it's(?!${EXPLETIVE_TAIL})`, 'they', 'them', 'their', 'theirs', 'this', 'that', 'these', 'those', 'he', 'she', 'his', 'her', 'him', 'such', 'there\'s', 'here', 'here\'s', 'both', 'former', 'latter', 'the former', 'the latter', 'the (?:first|second|third|other) (?:one|method|approach|option|way|variant|solution)', 'the above', 'the following', 'above', 'below', 'one of them', 'some of them', 'all of them', 'other', 'others', 'same', 'i\\.e\\.?', 'namely', 'a:', 'answer:'],
  subordinators: ['to', 'as', 'because', 'since', 'while', 'whereas', 'although', 'though', 'even though', 'even if', 'if', 'unless', 'until', 'once', 'when', 'whenever', 'where', 'wherever', 'whether', 'as long as', 'so that', 'in order to', 'after', 'before', 'as soon as', 'given that', 'provided that'],
  examples: ['for example', 'for instance', 'e\\.g\\.', 'such as', 'like', 'say', 'imagine', 'suppose', 'let\'s say', 'as an example', 'to illustrate', 'an example', 'here\'s an example', 'example'],
  additives: ['also', 'besides', 'moreover', 'furthermore', 'in addition', 'additionally', 'finally', 'lastly', 'second', 'secondly', 'third', 'thirdly', 'next'],
  purposes: ['to', 'in order to', 'so as to'],
  exampleOpeners: ['for example', 'for instance', 'as an example', 'to illustrate', 'here\'s an example', '(?:an?|one|another) (?:(?:good|great|classic|typical|simple|common) )?example (?:is|would be)', 'take [^,.]{1,40}?,? for (?:example|instance)'],
  continuations: ['where', 'whereby', 'wherein', 'which', 'with', 'and', 'or'],
  narration: ['(?:(?:now|next|then|first|finally|so),? )?(?:let\'s|let us|we(?:\'ll| will| can| are going to| need to)? (?:now |then |first |next )?(?:define|create|instantiate|initiali[sz]e|import|load|call|run|write|add|build|plot|print|try|implement|benchmark|take a look|look at|go back|move on|turn to|continue))'],
  anecdotes: ['one time', 'once upon a time', 'i once', 'i remember', 'i recall', 'when i was', 'last (?:week|month|year)', 'the other day', 'a few (?:weeks|months|years) ago', 'recently,? i'],
  ordinals: [],
  glosses: ['stands for', 'is short for', '(?:is|are) (?:an? )?(?:abbreviation|acronym)s? (?:of|for)'],
  exampleNames: ['(?:is|are) (?:an?|one|another) (?:(?:good|great|classic|typical|perfect|common|nice|simple|prime|excellent) )?example(?! of\\b)', '(?:is|are) (?:(?:good|great|classic|typical|perfect|common|nice|simple|prime|excellent) )?examples(?! of\\b)'],
  fillers: [...LEADING_FILLERS.filter(filler => !OPENING_ONLY.has(filler)), 'you can see', 'here is', 'here are', 'here\'s', 'below is', 'below are', 'shown below', 'as follows', 'as shown', 'worth noting', 'keep in mind', 'you know', 'you\'ll learn', 'you will learn', 'take a look', 'look at the', 'look at how', 'look at why', 'look at what', 'a look at', 'the following', 'below', 'we need to see', 'let\'s see', 'see how', 'note how', 'notice how', 'so far', 'previous lesson', 'previous lessons', 'next lesson', 'this lesson will', 'great question', 'as you might expect', 'i think', 'i mean', 'keep (?:that|this|it) in mind', 'we (?:won\'t|will not) (?:cover|go into|discuss|talk about)', 'thank you', 'thanks for reading', 'thanks for watching', 'happy coding', 'we(?:\'ll| will| are going to|\'re going to) (?:learn|look|see|discuss|cover|explore|talk|dive|walk|start|begin|focus)'],
  leadingFillers: LEADING_FILLERS,
  clauseFillers: ['thank you!?', 'thanks for reading', 'thanks again', 'congratulations!?', 'well done!?', 'great job!?', 'good job!?'],
  fillerFrame: { before: '', after: '' },
  conclusions: ['so', 'therefore', 'thus', 'hence', 'consequently', 'as a result', 'in short', 'in summary', 'to sum up', 'overall', 'ultimately', 'this means', 'that means', 'which means', 'the result is', 'the key is', 'the point is', 'in other words'],
  clauseBreaks: ['but', 'yet', 'so', 'however', 'therefore', 'thus', 'hence', 'which', 'whereas', 'while', 'although', 'though', 'because', 'since', 'so that', 'unless', 'otherwise', 'meaning', 'instead', 'rather than'],
  contrasts: ['but', 'yet', 'however', 'instead', 'in fact', 'in practice', 'on the other hand', 'in reality'],
  instructions: ['click', 'explore', 'try (?:it|them|this|these|out)', '(?:the )?(?:sidebar|side bar|navigation bar|nav bar|menu) (?:on the )?(?:left|right)', '(?:the|in the) (?:left|right)(?:-hand)?(?: side)? (?:sidebar|menu|pane|column|navigation)', 'tap', 'check out', 'learn more', 'read more', 'find out more', 'see', 'visit', 'watch', 'head (?:over|to)', 'go to', 'refer to', 'subscribe', 'follow (?:me|us)', 'sign up', 'join (?:us|our)', 'share (?:this|it)', 'take (?:the|this|a) (?:quiz|survey|course|lesson)', 'deepen your understanding', 'do some research', 'think about', '(?:you can )?(?:also )?(?:just )?(?:read|follow) along', '(?:the )?video (?:is )?coming soon', 'read (?:the|this|these|about|up on|more)', 'for (?:more|further) (?:details|information)', 'you can (?:also )?(?:find|read|learn|see) (?:out )?more', 'more (?:details|information) (?:can be found|is available)', '(?:now,? )?(?:add|run|type|paste|copy) the following', '(?:you can (?:always )?)?take a (?:quick )?(?:peek|look)'],
  droppableTails: ['because', 'since', 'so that', 'in order to', 'to (?:ensure|make sure|guarantee|avoid|prevent)', 'such as', 'including', 'like(?! (?:so|this|that)\\b)', 'e\\.g\\.', 'for example', 'for instance'],
  credits: ['(?:image|photo|picture|illustration|infographic|sketchnote|figure|diagram|chart|video|icon|graphic|artwork|cover)s?(?: source| credits?)?\\s*(?:by|from|:|courtesy)', 'source\\s*:', 'credits?\\s*:', 'courtesy of', '(?:photo|image)s? courtesy', 'adapted from', 'reprinted from'],
  definition: /^(?:[\w'’-]+\s){1,5}(?:is|are|refers to|means|is defined as|is called|stands for|describes)\s/i,
  // A preposition a sentence may end on ("what we are interested in", "the tools it works with") is not among them.
  danglingEnd: /\b(?:is|are|was|were|be|been|being|has|have|had|do|does|did|can|could|will|would|should|must|may|might|of|to|into|onto|without|by|as|than|and|or|nor|but|so|yet|the|a|an|this|that|these|those|its|their|our|your|my|which|who|whose|whom|where|when|while|because|since|if|unless|although|though|like|such as|including|via|per|between|among|using|use|(?<!\b(?:be|is|are|was|were|been|being) )used|make|makes|let|lets|e\.g|i\.e|vs|see|know|check|decide|determine|understand|ask|wonder|whether|how|what|why)$/i,
  clauseMark: /[，；：,;:]/,
  subordinateLast: true,
  backReferences: ['if (?:not|so)', 'otherwise', 'this(?! (?:article|post|lesson|chapter|section|tutorial|guide|book|page|blog|paper|talk|course|document|release|week|year|month)\\b)', 'these', 'those', 'the same(?! time\\b)(?![^,.;:]*\\bas\\b)', 'the above', 'the former', 'the latter', 'the previous', 'the resulting', 'aforementioned', 'such', 'the opposite', 'the (?:only|main|key) difference(?! (?:from|between|to)\\b)', '(?:code|example|snippet|listing|output|command|program|query|function) above', '(?:shown|seen) above', '(?:the|an?) (?:last|earlier) (?:lesson|chapter|section|post|part)'],
  demonstratives: ['this', 'these', 'that', 'those', 'the above', 'such'],
  headingReferents: ['this', 'these'],
  negations: ['not', 'no', 'never', 'no longer', '\\w+n\'t', 'wrong', 'false', 'incorrect', 'untrue', 'a mistake', 'a myth', 'misleading', 'invalid', 'fails?', 'broken', 'cannot'],
  definiteArticles: ['the'],
  codeReferences: ['(?:in )?(?:the )?(?:code|example|snippet|listing|program|function|command) above', '(?:in )?this (?:code|example|snippet|listing|program)'],
  forwardReferences: ['the following', 'below', 'as follows', 'here is', 'here are', 'here\'s', 'looks? like this', 'like so'],
  figureReferences: ['(?:the|this) (?:figure|image|diagram|picture|illustration|chart|graph|screenshot) (?:below|above)', '(?:figure|image|diagram|picture|illustration|screenshot) below', 'in the (?:figure|image|diagram|picture|illustration|screenshot)', 'as shown in (?:the )?(?:figure|image|diagram)', 'the (?:figure|image|diagram|illustration) shows'],
  outputLabels: ['output', 'outputs', 'produce', 'produces', 'prints', 'result', 'results', 'response', 'console output', 'sample output', 'example output', 'expected output', 'program output', 'printed output'],
  wordEnd: '(?=[\\s,:;]|$)',
  ignoreCase: true,
  sectionTitles: {
    summary: ['summary', 'conclusions?', '(?:key )?takeaways', 'recap', 'wrap[- ]?up', 'in summary'],
    questions: ['questions?', 'discussion(?: questions)?', 'food for thought', 'questions? for discussion'],
    reader: ['tasks?', '(?:pre|post)[- ]lecture quiz', '(?:pre|post)[- ]quiz', 'quiz(?:zes)?', 'knowledge check', 'check your (?:knowledge|understanding)', 'test your knowledge', 'self[- ]check', 'assignments?', 'homework', 'exercises?', 'challenge', 'review (?:&|and) self[- ]study', 'self[- ]study', 'further reading', 'additional reading', 'reading list', 'learn more', 'references', 'bibliography', 'citations?', 'credits', 'acknowledge?ments?', 'licen[cs]e', 'disclaimer', 'changelog', 'change log', 'release notes', 'revision history', 'table of contents', 'contents', 'toc', 'about the authors?', 'about me', 'subscribe', 'stay in touch', 'contact', 'great work!?(?:,? continue (?:your|the) (?:learning|journey)!?)?', 'continue (?:your|the) (?:learning|journey)!?', 'keep learning'],
    answers: ['solutions?', 'answers?', 'answer key', 'sample solutions?', 'possible solutions?'],
  },
}
