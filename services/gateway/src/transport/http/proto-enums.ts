import { z } from 'zod';
import { unexpectedAnswer } from './view-schemas';

/**
 * One table per proto enum, API name → proto name; the request schema, the encoder and the
 * decoder all come from it. The UNSPECIFIED value has no API name: a service answering it broke
 * its contract.
 */
export function protoEnum<Api extends string, Proto extends string>(names: Readonly<Record<Api, Proto>>, field: string) {
  const apiNames = Object.keys(names) as [Api, ...Api[]];
  const byProtoName: ReadonlyMap<string, Api> = new Map(apiNames.map((name) => [names[name], name]));
  return {
    schema: z.enum(apiNames),
    toProto: (name: Api): Proto => names[name],
    fromProto: (value: string): Api => {
      const name = byProtoName.get(value);
      if (name === undefined) throw unexpectedAnswer(`an unknown or unspecified ${field}`);
      return name;
    },
  };
}
