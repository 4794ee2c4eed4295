import { z } from 'zod';

export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

type Environment = Readonly<Record<string, string | undefined>>;

/**
 * Reads the process configuration once: every variable is validated by the schema, and the result
 * is frozen. A missing or malformed value throws a ConfigError naming each offending variable.
 * The schema's keys are the environment variable names.
 */
export function loadConfig<Shape extends z.ZodRawShape>(shape: Shape, environment: Environment = process.env): Readonly<z.infer<z.ZodObject<Shape>>> {
  const relevant: Record<string, string> = {};
  for (const name of Object.keys(shape)) {
    const value = environment[name];
    if (value !== undefined && value !== '') relevant[name] = value;
  }
  const parsed = z.object(shape).safeParse(relevant);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const variable = issue.path.join('.') || '(config)';
      return relevant[variable] === undefined ? `${variable} is required but not set` : `${variable} is invalid: ${issue.message}`;
    });
    throw new ConfigError(problems);
  }
  return Object.freeze(parsed.data);
}

/** Building blocks for config schemas, so every service parses the same kinds of values the same way. */
export const env = {
  string: () => z.string().min(1),
  port: () => z.coerce.number().int().min(0).max(65535),
  positiveInt: () => z.coerce.number().int().positive(),
  url: () => z.string().url(),
  boolean: () => z.enum(['true', 'false', '1', '0']).transform((value) => value === 'true' || value === '1'),
  logLevel: () => z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']),
};

/** Parses then exits the process with the config error printed, for use in composition roots. */
export function loadConfigOrExit<Shape extends z.ZodRawShape>(shape: Shape, environment: Environment = process.env): Readonly<z.infer<z.ZodObject<Shape>>> {
  try {
    return loadConfig(shape, environment);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(78);
    }
    throw error;
  }
}
