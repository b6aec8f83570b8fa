/** The presets of required sections, by name; their sections are in presets.ts (loaded with the gate). */
export const PRESET_NAMES = ['huggingface', 'mitchell-2019', 'eu-ai-act', 'none'] as const;

/** One preset's name. */
export type PresetName = (typeof PRESET_NAMES)[number];
