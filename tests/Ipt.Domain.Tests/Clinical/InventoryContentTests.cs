using System;
using System.Linq;
using Ipt.Domain.Courses;
using Ipt.Domain.Courses.Events;
using Ipt.Domain.Formulation;
using Ipt.Domain.Phases;
using Ipt.Domain.Primitives;
using Ipt.Domain.ProblemAreas;
using Ipt.Domain.Serialization;
using Ipt.Domain.Tests.Courses;

namespace Ipt.Domain.Tests.Clinical;

/// <summary>The inventory content of brief §4.2 [S05][S06]: per person, communication style, assertion, confrontation,
/// expression of anger, social risk-taking, and whether the difficulties are cause or consequence of the episode. Each is
/// optional: absent means "not recorded", never a default.</summary>
public class InventoryContentTests
{
    private static TreatmentCourse Course() => CourseFixture.NewCourse().Sessions(2).Tasks(TherapyTask.BaselineSeverity, TherapyTask.Psychoeducation, TherapyTask.SickRoleAssigned);

    private static InventoryPerson Partner => new() { Id = PersonId.From(1), Label = PersonLabel.From("partner"), Kind = RelationshipKind.Partner };

    private static InventoryPerson ReadBack(InventoryPerson person)
    {
        TreatmentCourse c = Course();
        Assert.True(c.CompleteInventory(new InterpersonalInventory(ClinicalSamples.Onset, [person], []), c.LastActivityOn).IsSuccess);
        string json = CourseHistoryJson.Serialize(c.History);
        var read = CourseHistoryJson.Deserialize(json).Value;
        Assert.True(TreatmentCourse.FromHistory(read, c.Protocol).IsSuccess);
        return read.OfType<InventoryCompleted>().Single().Inventory.People[0];
    }

    [Fact]
    public void Each_recorded_value_reads_back_as_written()
    {
        foreach (CommunicationStyle style in Enum.GetValues<CommunicationStyle>())
        {
            foreach (InterpersonalCapacity capacity in Enum.GetValues<InterpersonalCapacity>())
            {
                foreach (EpisodeLink link in Enum.GetValues<EpisodeLink>())
                {
                    InventoryPerson p = Partner with
                    {
                        Communication = style, Assertion = capacity, Confrontation = capacity, AngerExpression = capacity,
                        SocialRiskTaking = capacity, DifficultiesAndEpisode = link,
                    };
                    InventoryPerson back = ReadBack(p);
                    Assert.Equal(
                        (p.Communication, p.Assertion, p.Confrontation, p.AngerExpression, p.SocialRiskTaking, p.DifficultiesAndEpisode),
                        (back.Communication, back.Assertion, back.Confrontation, back.AngerExpression, back.SocialRiskTaking, back.DifficultiesAndEpisode));
                }
            }
        }
    }

    [Fact]
    public void A_value_not_recorded_is_not_written_and_reads_back_as_not_recorded()
    {
        TreatmentCourse c = Course();
        Assert.True(c.CompleteInventory(new InterpersonalInventory(ClinicalSamples.Onset, [Partner with { Assertion = InterpersonalCapacity.Limited }], []), c.LastActivityOn).IsSuccess);
        string json = CourseHistoryJson.Serialize(c.History);
        Assert.Contains("\"assertion\":\"limited\"", json, StringComparison.Ordinal);
        foreach (string absent in new[] { "communication", "confrontation", "angerExpression", "socialRiskTaking", "difficultiesAndEpisode" })
        {
            Assert.DoesNotContain("\"" + absent + "\"", json, StringComparison.Ordinal);
        }

        InventoryPerson back = CourseHistoryJson.Deserialize(json).Value.OfType<InventoryCompleted>().Single().Inventory.People[0];
        Assert.Equal(InterpersonalCapacity.Limited, back.Assertion);
        Assert.Null(back.Communication);
        Assert.Null(back.DifficultiesAndEpisode);
    }

    [Theory]
    [InlineData("communication", "\"shouting\"")]
    [InlineData("assertion", "2")]
    [InlineData("difficultiesAndEpisode", "\"Cause\"")]
    public void An_undefined_or_mistyped_value_is_refused_naming_the_field(string field, string value)
    {
        TreatmentCourse c = Course();
        Assert.True(c.CompleteInventory(new InterpersonalInventory(ClinicalSamples.Onset, [Partner], []), c.LastActivityOn).IsSuccess);
        string json = CourseHistoryJson.Serialize(c.History).Replace("\"isPastRelationship\":false", "\"isPastRelationship\":false,\"" + field + "\":" + value, StringComparison.Ordinal);
        Assert.Contains(field, json, StringComparison.Ordinal);
        DomainError? e = CourseHistoryJson.Deserialize(json).Error;
        Assert.Equal(CourseErrors.HistoryEventInvalid, e?.Code);
        Assert.Equal("inventory.people[0]." + field, e?.Event?.Field);
    }
}
