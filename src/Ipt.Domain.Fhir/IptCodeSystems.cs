namespace Ipt.Domain.Fhir;

/// <summary>
/// Every URI this package writes into FHIR resources, typed once. The library's own code systems hold the stable
/// kebab codes of its enums (<see cref="Ipt.Domain.Primitives.Codes.Of{TEnum}"/>); the extensions are documented in
/// <c>docs/fhir.md</c>. External systems (LOINC, HL7 terminology) are here too so no mapping retypes them.
/// </summary>
public static class IptCodeSystems
{
    /// <summary>Base of every URI the package defines.</summary>
    public const string Base = "http://ipt-domain.org/fhir";

    /// <summary>Instrument codes (<c>phq-9</c>, …) and, with a <c>-total</c> suffix, their total scores.</summary>
    public const string Instrument = Base + "/CodeSystem/instrument";

    /// <summary>Prefix of the severity-band code systems: one per band set, e.g. <c>…/severity-band/phq9-kroenke-2001</c>.</summary>
    public const string SeverityBandPrefix = Base + "/CodeSystem/severity-band/";

    /// <summary>Safety flag codes, e.g. <c>safety.phq9-item9-positive</c>.</summary>
    public const string SafetyFlag = Base + "/CodeSystem/safety-flag";

    /// <summary>Safety action codes (<c>risk-assessment</c>, <c>safety-plan</c>, <c>referral</c>).</summary>
    public const string SafetyAction = Base + "/CodeSystem/safety-action";

    /// <summary>Phase kinds (<c>initial</c>, <c>middle</c>, …).</summary>
    public const string Phase = Base + "/CodeSystem/phase";

    /// <summary>Therapy tasks (<c>psychoeducation</c>, …).</summary>
    public const string Task = Base + "/CodeSystem/task";

    /// <summary>Due-notice codes (<c>due.raise-ending</c>, <c>due.measure</c>, …).</summary>
    public const string DueNotice = Base + "/CodeSystem/due-notice";

    /// <summary>Session attendance (<c>attended</c>, <c>no-show</c>, <c>cancelled</c>).</summary>
    public const string Attendance = Base + "/CodeSystem/attendance";

    /// <summary>Session participants besides the client (<c>partner</c>, …).</summary>
    public const string Participant = Base + "/CodeSystem/participant";

    /// <summary>Discontinuation reasons (<c>client-choice</c>, …).</summary>
    public const string DiscontinuationReason = Base + "/CodeSystem/discontinuation-reason";

    /// <summary>Protocol ids (<c>ipt</c>, <c>ipt-b</c>, …): the type of an EpisodeOfCare.</summary>
    public const string Protocol = Base + "/CodeSystem/protocol";

    /// <summary>Evidence status of a protocol value (<c>confirmed</c>, <c>contested</c>, …).</summary>
    public const string EvidenceStatus = Base + "/CodeSystem/evidence-status";

    /// <summary>Default system of the patient identifier built from a <see cref="Ipt.Domain.Primitives.ClientRef"/>.</summary>
    public const string ClientRef = "urn:ipt-domain:client-ref";

    /// <summary>Prefix of every extension URL this package defines.</summary>
    public const string ExtensionPrefix = Base + "/StructureDefinition/";

    /// <summary>LOINC.</summary>
    public const string Loinc = "http://loinc.org";

    /// <summary>HL7 v3 ActCode (Encounter.class: <c>AMB</c>, <c>VR</c>).</summary>
    public const string ActCode = "http://terminology.hl7.org/CodeSystem/v3-ActCode";

    /// <summary>HL7 observation categories (<c>survey</c>).</summary>
    public const string ObservationCategory = "http://terminology.hl7.org/CodeSystem/observation-category";

    /// <summary>HL7 PlanDefinition types (<c>clinical-protocol</c>).</summary>
    public const string PlanDefinitionType = "http://terminology.hl7.org/CodeSystem/plan-definition-type";

    /// <summary>HL7 flag categories (<c>safety</c>).</summary>
    public const string FlagCategory = "http://terminology.hl7.org/CodeSystem/flag-category";

    /// <summary>URI system for identifiers that are URNs (<c>urn:uuid:…</c>).</summary>
    public const string UriIdentifier = "urn:ietf:rfc:3986";

    /// <summary>The URL of one of this package's extensions.</summary>
    /// <param name="name">Extension name, e.g. <c>current-phase</c>.</param>
    public static string Extension(string name) => ExtensionPrefix + name;
}
