using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using Ipt.Domain.Courses;
using Ipt.Domain.Primitives;
using Ipt.Domain.Serialization;
using Ipt.Domain.Tests.Serialization;

namespace Ipt.Domain.Tests.Docs;

/// <summary>The published JSON Schema of a course history is generated from the code, kept current, and agrees with the
/// strict reader: in histories holding every event type, every field present is in the schema, every field the schema
/// requires is present, and deleting a field is refused by the reader exactly when the schema requires it.</summary>
public class CourseHistorySchemaDocTests
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    private static JsonObject Schema => CourseHistorySchema.Build();

    [Fact]
    public void The_published_schema_is_current()
    {
        string path = Path.Combine(DocsGeneratedBlocks.RepoRoot(), CourseHistorySchema.RelativePath);
        string expected = Schema.ToJsonString(Indented).Replace("\r\n", "\n", StringComparison.Ordinal) + "\n";
        if (Environment.GetEnvironmentVariable(DocsGeneratedBlocks.UpdateVariable) == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, expected);
        }

        Assert.True(File.Exists(path), CourseHistorySchema.RelativePath + " is missing: run the docs tests with IPT_UPDATE_DOCS=1.");
        Assert.True(expected == File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal), CourseHistorySchema.RelativePath + " is stale: run the docs tests with IPT_UPDATE_DOCS=1.");
        var defs = (JsonObject)Schema["$defs"]!;
        Assert.All(CourseEventTypes.All, t => Assert.True(defs.ContainsKey(t.Name), t.Name));
    }

    [Fact]
    public void The_schema_and_the_strict_reader_agree_on_every_field_of_histories_holding_every_event_type()
    {
        JsonObject schema = Schema;
        int fields = 0;
        foreach (TreatmentCourse course in new[] { RichHistory.Completed(), RichHistory.Discontinued() })
        {
            JsonNode doc = JsonNode.Parse(CourseHistoryJson.Serialize(course.History))!;
            var events = (JsonArray)doc["events"]!;
            for (int i = 0; i < events.Count; i++)
            {
                fields += Walk(doc, events[i]!, new JsonObject { ["$ref"] = "#/$defs/event" }, schema, ["events", i]);
            }
        }

        Assert.True(fields > 300, fields.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    private static JsonObject Resolve(JsonNode s, JsonNode instance, JsonObject schema)
    {
        var node = (JsonObject)s;
        while (true)
        {
            if (node["$ref"] is JsonNode r)
            {
                node = (JsonObject)schema["$defs"]![((string)r!)["#/$defs/".Length..]]!;
            }
            else if (node["oneOf"] is JsonArray options)
            {
                string type = (string)instance["$type"]!;
                node = (JsonObject)options.Select(o => Resolve(o!, instance, schema)).Single(o => (string?)o["properties"]?["$type"]?["const"] == type).DeepClone();
            }
            else
            {
                return node;
            }
        }
    }

    // Checks one value against its schema (recursively), and for an object deletes each field once through the reader.
    private static int Walk(JsonNode doc, JsonNode value, JsonNode valueSchema, JsonObject schema, List<object> path)
    {
        JsonObject s = value is JsonObject || value is JsonArray ? Resolve(valueSchema, value, schema) : (JsonObject)valueSchema;
        string where = string.Join("/", path);
        int count = 0;
        switch (value)
        {
            case JsonObject obj:
                var props = (JsonObject)s["properties"]!;
                var required = ((JsonArray)s["required"]!).Select(x => (string)x!).ToHashSet();
                Assert.All(obj.Select(p => p.Key), k => Assert.True(props.ContainsKey(k), where + ": the schema has no field " + k));
                Assert.All(required, k => Assert.True(obj.ContainsKey(k), where + ": required field " + k + " is not written"));
                foreach (string key in obj.Select(p => p.Key).ToList())
                {
                    JsonNode copy = doc.DeepClone();
                    ((JsonObject)Locate(copy, path)).Remove(key);
                    bool refused = CourseHistoryJson.Deserialize(copy.ToJsonString()).IsFailure;
                    Assert.True(refused == required.Contains(key), where + "/" + key + ": the reader " + (refused ? "requires" : "accepts the absence of") + " it, the schema " + (required.Contains(key) ? "requires" : "does not require") + " it");
                    count++;
                    if (obj[key] is JsonNode child)
                    {
                        count += Walk(doc, child, props[key]!, schema, [.. path, key]);
                    }
                }

                break;
            case JsonArray array:
                Assert.Equal("array", (string?)s["type"]);
                for (int i = 0; i < array.Count; i++)
                {
                    count += Walk(doc, array[i]!, s["items"]!, schema, [.. path, i]);
                }

                break;
            default:
                JsonObject leaf = s["$ref"] is not null ? Resolve(s, value, schema) : s;
                JsonValueKind kind = value.GetValueKind();
                if (leaf["enum"] is JsonArray codes)
                {
                    Assert.Contains(codes, c => JsonNode.DeepEquals(c, value));
                }
                else if (leaf["const"] is JsonNode constant)
                {
                    Assert.True(JsonNode.DeepEquals(constant, value), where);
                }
                else
                {
                    string expected = (string)leaf["type"]!;
                    Assert.True(expected == (kind switch { JsonValueKind.String => "string", JsonValueKind.Number => "integer", _ => "boolean" }), where + " is " + kind + ", the schema says " + expected);
                }

                break;
        }

        return count;
    }

    private static JsonNode Locate(JsonNode root, List<object> path)
    {
        JsonNode node = root;
        foreach (object p in path)
        {
            node = p is int i ? node[i]! : node[(string)p]!;
        }

        return node;
    }
}
