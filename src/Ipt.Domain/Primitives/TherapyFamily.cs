namespace Ipt.Domain.Primitives;

/// <summary>
/// The therapy family a protocol or a technique belongs to. DIT and MIT are related to IPT but are not IPT
/// variants (brief C09, §16); consumer articles attach MIT and CBT techniques to IPT, but the IPT manuals do not
/// list them (C08). Stored code in brackets.
/// </summary>
public enum TherapyFamily
{
    /// <summary>Interpersonal psychotherapy and its adaptations (<c>ipt</c>).</summary>
    Ipt = 0,

    /// <summary>Dynamic Interpersonal Therapy, a brief psychodynamic therapy, not IPT [S75] (<c>dit</c>).</summary>
    Dit = 1,

    /// <summary>Metacognitive Interpersonal Therapy, an integrative therapy for personality disorders [S65] (<c>mit</c>).</summary>
    Mit = 2,

    /// <summary>Cognitive behavioural therapy (<c>cbt</c>).</summary>
    Cbt = 3,
}
