import { createRequire as __mlqgCreateRequire } from 'node:module'; const require = __mlqgCreateRequire(import.meta.url);

// src/gates/model-card/presets.ts
var rule = (name, ...synonyms) => ({ name, synonyms });
var PRESETS = {
  // huggingface_hub's default modelcard_template.md (2026-08): every heading not marked [optional].
  huggingface: [
    rule("Model Details", "model overview", "overview"),
    rule("Model Description", "description", "about the model"),
    rule("Uses", "intended use", "intended uses", "intended purpose"),
    rule("Direct Use", "primary intended uses"),
    rule("Out-of-Scope Use", "out of scope uses", "out-of-scope use cases", "misuse"),
    rule(
      "Bias, Risks, and Limitations",
      "bias risks and limitations",
      "limitations",
      "risks and limitations"
    ),
    rule("Recommendations", "caveats and recommendations"),
    rule("How to Get Started with the Model", "how to get started", "usage", "how to use"),
    rule("Training Details", "training"),
    rule("Training Data", "training dataset", "training datasets"),
    rule("Training Procedure", "training process"),
    rule("Evaluation", "evaluation results"),
    rule("Testing Data, Factors & Metrics", "testing data factors and metrics", "evaluation data"),
    rule("Results", "quantitative analyses", "quantitative analysis"),
    rule("Environmental Impact", "carbon footprint", "emissions"),
    rule("Model Card Contact", "contact", "contacts", "maintainers")
  ],
  // Mitchell et al. 2019, "Model Cards for Model Reporting" (arXiv:1810.03993), section 4.
  "mitchell-2019": [
    rule("Model Details", "model description", "model overview", "overview"),
    rule("Intended Use", "intended uses", "uses", "intended use cases", "intended purpose"),
    rule("Factors", "relevant factors", "evaluation factors"),
    rule(
      "Metrics",
      "model performance measures",
      "performance metrics",
      "evaluation metrics",
      "performance measures"
    ),
    rule(
      "Evaluation Data",
      "testing data",
      "test data",
      "evaluation dataset",
      "evaluation datasets",
      "validation data"
    ),
    rule("Training Data", "training dataset", "training datasets"),
    rule("Quantitative Analyses", "quantitative analysis", "results", "evaluation results"),
    rule("Ethical Considerations", "ethics", "ethical considerations and risks"),
    rule("Caveats and Recommendations", "caveats", "recommendations", "limitations and recommendations")
  ],
  // What Annex IV of Regulation (EU) 2024/1689 asks of high-risk systems' documentation, as sections.
  "eu-ai-act": [
    rule("Intended Purpose", "intended use", "intended uses", "uses", "purpose"),
    rule(
      "Limitations",
      "known limitations",
      "bias risks and limitations",
      "caveats and recommendations",
      "caveats"
    ),
    rule("Training Data", "training dataset", "training datasets", "data"),
    rule(
      "Metrics",
      "performance metrics",
      "evaluation metrics",
      "evaluation",
      "results",
      "quantitative analyses"
    ),
    rule(
      "Risk",
      "risks",
      "risk management",
      "foreseeable risks",
      "bias risks and limitations",
      "ethical considerations"
    ),
    rule("Human Oversight", "oversight", "human in the loop", "human-in-the-loop"),
    rule("Change Log", "changelog", "changes", "version history", "revision history", "release notes")
  ],
  none: []
};
function normalizeHeading(text) {
  return text.toLowerCase().replace(/\[optional\]/g, " ").replace(/&/g, " and ").replace(/^\s*(\d+(\.\d+)*\.?|[ivx]+\.)\s+/, "").replace(/[^\p{L}\p{N}]+/gu, " ").trim();
}
function headingMatches(heading, rule2) {
  const h = normalizeHeading(heading);
  return [rule2.name, ...rule2.synonyms].some((n) => {
    const name = normalizeHeading(n);
    return h === name || h.startsWith(`${name} `);
  });
}

export {
  PRESETS,
  headingMatches
};
