using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Ipt.Domain.Courses;
using Ipt.Domain.Courses.Events;
using Ipt.Domain.Formulation;
using Ipt.Domain.Measures;
using Ipt.Domain.Primitives;
using Ipt.Domain.ProblemAreas;
using Ipt.Domain.Serialization;

namespace Ipt.Domain.Tests.Docs;

/// <summary>
/// Generates the published JSON Schema of a course history (docs/schema/course-history.v2.schema.json) from the code:
/// the event table (<see cref="CourseEventTypes"/>), each event's constructor parameters, the nested records' init
/// properties, their nullability (nullable = optional) and the enum codes. <see cref="CourseHistorySchemaDocTests"/>
/// keeps the file current and checks it against the strict reader field by field.
/// </summary>
internal static class CourseHistorySchema
{
    public const string RelativePath = "docs/schema/course-history.v2.schema.json";

    // The only events that may carry enteredOn (a late entry).
    private static readonly Type[] LateEntryEvents = [typeof(MeasureRecorded), typeof(SafetyConcernRaised), typeof(SafetyActionRecorded), typeof(SocialRhythmWeekRecorded)];

    public static JsonObject Build()
    {
        var defs = new JsonObject
        {
            ["date"] = new JsonObject { ["type"] = "string", ["pattern"] = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", ["description"] = "ISO date yyyy-MM-dd, no time, no zone." },
            ["time"] = new JsonObject { ["type"] = "string", ["pattern"] = "^[0-2][0-9]:[0-5][0-9]:[0-5][0-9](\\.[0-9]{1,7})?$", ["description"] = "Clock time HH:mm:ss." },
            ["note"] = new JsonObject { ["type"] = "string", ["minLength"] = 1, ["maxLength"] = PrivateNote.MaxLength, ["pattern"] = "\\S", ["description"] = "Private clinical text; sensitive." },
            ["label"] = new JsonObject { ["type"] = "string", ["minLength"] = 1, ["maxLength"] = PersonLabel.MaxLength, ["pattern"] = "\\S", ["description"] = "The clinician's label for a person; sensitive." },
            ["commandId"] = new JsonObject { ["type"] = "string", ["pattern"] = "^[A-Za-z0-9_.:-]{1," + CommandIds.MaxLength + "}$" },
        };
        var events = new JsonArray();
        foreach (CourseEventType t in CourseEventTypes.All)
        {
            defs[t.Name] = EventSchema(t.Name, t.ClrType, defs);
            events.Add(new JsonObject { ["$ref"] = "#/$defs/" + t.Name });
        }

        defs["event"] = new JsonObject { ["oneOf"] = events };
        return new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["$id"] = "urn:ipt-domain:course-history:v" + CourseHistoryJson.SchemaVersion,
            ["title"] = "Ipt.Domain course history, schema version " + CourseHistoryJson.SchemaVersion,
            ["description"] = "Generated from the library's event types by CourseHistorySchema (tests); see docs/persistence.md. The library's reader also checks what a schema cannot: defined codes, no repeated key, and every rule of the protocol on replay.",
            ["type"] = "object",
            ["required"] = new JsonArray("schemaVersion", "events"),
            ["additionalProperties"] = false,
            ["properties"] = new JsonObject
            {
                ["schemaVersion"] = new JsonObject { ["const"] = CourseHistoryJson.SchemaVersion },
                ["events"] = new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["$ref"] = "#/$defs/event" } },
            },
            ["$defs"] = defs,
        };
    }

    private static JsonObject EventSchema(string name, Type type, JsonObject defs)
    {
        var fields = new List<(string Name, JsonNode Schema, bool Required)>
        {
            ("$type", new JsonObject { ["const"] = name }, true),
        };
        var nullability = new NullabilityInfoContext();
        foreach (ParameterInfo p in type.GetConstructors().Single().GetParameters())
        {
            bool optional = nullability.Create(p).WriteState == NullabilityState.Nullable;
            fields.Add((Camel(p.Name!), ValueSchema(p.ParameterType, defs), !optional));
        }

        if (LateEntryEvents.Contains(type))
        {
            fields.Add(("enteredOn", Ref("date"), false));
        }

        fields.Add(("commandId", Ref("commandId"), false));
        return ObjectSchema(fields);
    }

    private static JsonObject ObjectSchema(IEnumerable<(string Name, JsonNode Schema, bool Required)> fields)
    {
        var properties = new JsonObject();
        var required = new JsonArray();
        foreach ((string n, JsonNode s, bool r) in fields)
        {
            properties[n] = s;
            if (r)
            {
                required.Add(n);
            }
        }

        return new JsonObject { ["type"] = "object", ["required"] = required, ["additionalProperties"] = false, ["properties"] = properties };
    }

    // A record's stored fields: its public init properties that are not ignored, nullable ones optional.
    private static JsonObject RecordSchema(Type type, JsonObject defs, params (string Name, JsonNode Schema, bool Required)[] first)
    {
        var nullability = new NullabilityInfoContext();
        var fields = new List<(string, JsonNode, bool)>(first);
        foreach (PropertyInfo p in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (p.SetMethod is null || p.GetCustomAttribute<JsonIgnoreAttribute>() is not null)
            {
                continue;
            }

            bool optional = nullability.Create(p).WriteState == NullabilityState.Nullable;
            fields.Add((Camel(p.Name), ValueSchema(p.PropertyType, defs), !optional));
        }

        return ObjectSchema(fields);
    }

    private static JsonNode ValueSchema(Type type, JsonObject defs)
    {
        Type t = Nullable.GetUnderlyingType(type) ?? type;
        if (t == typeof(int))
        {
            return new JsonObject { ["type"] = "integer" };
        }

        if (t == typeof(bool))
        {
            return new JsonObject { ["type"] = "boolean" };
        }

        if (t == typeof(string))
        {
            return new JsonObject { ["type"] = "string", ["minLength"] = 1 };
        }

        if (t == typeof(DateOnly))
        {
            return Ref("date");
        }

        if (t == typeof(TimeOnly))
        {
            return Ref("time");
        }

        if (t == typeof(CourseId))
        {
            return new JsonObject { ["type"] = "string", ["format"] = "uuid" };
        }

        if (t == typeof(ClientRef))
        {
            return new JsonObject { ["type"] = "string", ["minLength"] = 1, ["description"] = "Opaque client reference, never a name." };
        }

        if (t == typeof(PrivateNote))
        {
            return Ref("note");
        }

        if (t == typeof(PersonLabel))
        {
            return Ref("label");
        }

        if (t == typeof(PersonId) || t == typeof(ClosenessRing))
        {
            return new JsonObject { ["type"] = "integer", ["minimum"] = 1 };
        }

        if (t.IsEnum)
        {
            return EnumSchema(t);
        }

        if (t == typeof(CourseEvent))
        {
            return Define(defs, "amendment", () => new JsonObject
            {
                ["description"] = "The replacement event: an event of the corrected entry's kind, without commandId.",
                ["$ref"] = "#/$defs/event",
            });
        }

        if (t.IsGenericType && (t.GetGenericTypeDefinition() == typeof(IReadOnlyList<>) || t.GetGenericTypeDefinition() == typeof(ImmutableArray<>)))
        {
            Type item = t.GetGenericArguments()[0];
            var array = new JsonObject { ["type"] = "array", ["items"] = ValueSchema(item, defs) };
            if (item == typeof(SrmDay))
            {
                array["minItems"] = 7;
                array["maxItems"] = 7;
            }

            return array;
        }

        return t switch
        {
            _ when t == typeof(InterpersonalInventory) => Define(defs, "inventory", () => ObjectSchema(
            [
                ("symptomOnset", Ref("date"), false),
                ("people", new JsonObject { ["type"] = "array", ["items"] = ValueSchema(typeof(InventoryPerson), defs) }, true),
                ("events", new JsonObject { ["type"] = "array", ["items"] = ValueSchema(typeof(LifeEvent), defs) }, true),
            ])),
            _ when t == typeof(InterpersonalFormulation) => Define(defs, "formulation", () => ObjectSchema(
            [
                ("target", EnumSchema(typeof(TargetCondition)), true),
                ("foci", new JsonObject { ["type"] = "array", ["items"] = ValueSchema(typeof(FormulationFocus), defs) }, true),
                ("agreedOn", Ref("date"), false),
            ])),
            _ when t == typeof(ProblemAreaFocus) => Define(defs, "focusDetail", () => new JsonObject
            {
                ["oneOf"] = new JsonArray([.. typeof(ProblemAreaFocus).GetCustomAttributes<JsonDerivedTypeAttribute>()
                    .Select(a => (JsonNode)RecordSchema(a.DerivedType, defs, ("$type", new JsonObject { ["const"] = (string)a.TypeDiscriminator! }, true)))]),
            }),
            _ => Define(defs, Camel(t.Name), () => RecordSchema(t, defs)),
        };
    }

    private static JsonObject EnumSchema(Type t)
    {
        MethodInfo of = typeof(Codes).GetMethod(nameof(Codes.Of))!.MakeGenericMethod(t);
        var codes = new JsonArray([.. Enum.GetValues(t).Cast<object>().Select(v => (JsonNode)JsonValue.Create((string)of.Invoke(null, [v])!)!)]);
        return t.IsDefined(typeof(FlagsAttribute))
            ? new JsonObject { ["type"] = "string", ["description"] = "Codes joined by \", \", each one of: " + string.Join(", ", codes.Select(c => (string)c!)) + "." }
            : new JsonObject { ["enum"] = codes };
    }

    private static JsonObject Define(JsonObject defs, string name, Func<JsonNode> build)
    {
        if (!defs.ContainsKey(name))
        {
            defs[name] = null;
            defs[name] = build();
        }

        return Ref(name);
    }

    private static JsonObject Ref(string name) => new() { ["$ref"] = "#/$defs/" + name };

    private static string Camel(string name) => JsonNamingPolicy.CamelCase.ConvertName(name);
}
