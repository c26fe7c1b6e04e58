// Preloaded into the reference oracle by bench/oracle-per-paper.sh (node --require).
// yoastseo ships the keyphrase distribution assessment and the research it reads, but its free researcher does not
// register that research, so the assessment falls through to "good" for every text with a keyphrase. Registering the
// package's own research makes the reference compute the distribution (with its free word matching, as our
// --no-word-forms does), so our result is compared with the reference's computation rather than with a constant.
"use strict";
const { AbstractResearcher } = require("yoastseo").languageProcessing;
const keyphraseDistribution = require("yoastseo/build/languageProcessing/researches/keyphraseDistribution").default;
const available = AbstractResearcher.prototype.getAvailableResearches;
AbstractResearcher.prototype.getAvailableResearches = function () {
  const researches = available.call(this);
  return "keyphraseDistribution" in researches ? researches : { ...researches, keyphraseDistribution };
};
