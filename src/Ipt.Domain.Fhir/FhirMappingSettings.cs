using System;
using Hl7.Fhir.Model;
using Ipt.Domain.Primitives;

namespace Ipt.Domain.Fhir;

/// <summary>
/// Settings of every mapping to FHIR. The mapper reads no clock: the instants it writes (<c>Observation.issued</c>,
/// <c>meta.lastUpdated</c>) come from here. Immutable; each default is documented.
/// </summary>
public sealed record FhirMappingSettings
{
    /// <summary>Default settings with <see cref="Issued"/> at the given instant.</summary>
    /// <param name="issued">The instant the exported results are made available.</param>
    public static FhirMappingSettings At(DateTimeOffset issued) => new() { Issued = issued };

    /// <summary>When the exported results are made available: written to <c>Observation.issued</c>. Required; no default from a clock.</summary>
    public required DateTimeOffset Issued { get; init; }

    /// <summary>Written to <c>meta.lastUpdated</c> of every resource when set. Default null: servers set it themselves.</summary>
    public DateTimeOffset? LastUpdated { get; init; }

    /// <summary>Base of the canonical URLs of exported PlanDefinitions and Questionnaires
    /// (<c>{base}/PlanDefinition/{protocol id}</c>). Default <see cref="IptCodeSystems.Base"/>.</summary>
    public string CanonicalBase { get; init; } = IptCodeSystems.Base;

    /// <summary>
    /// Builds the patient reference from the opaque client reference, the only thing the library knows of the person.
    /// Default: a logical reference by identifier, system <see cref="IptCodeSystems.ClientRef"/>, value the reference.
    /// Set it to point at your own Patient resources, e.g. <c>c =&gt; new ResourceReference("Patient/" + c.Value)</c>.
    /// </summary>
    public Func<ClientRef, ResourceReference> PatientReference { get; init; } = DefaultPatientReference;

    /// <summary>Canonical URL of a protocol's PlanDefinition.</summary>
    /// <param name="protocolId">The protocol id.</param>
    public string PlanDefinitionUrl(string protocolId) => CanonicalBase + "/PlanDefinition/" + protocolId;

    /// <summary>Canonical URL of an instrument's Questionnaire.</summary>
    /// <param name="instrumentCode">The instrument code.</param>
    public string QuestionnaireUrl(string instrumentCode) => CanonicalBase + "/Questionnaire/" + instrumentCode;

    internal ResourceReference Patient(ClientRef client) => PatientReference(client) ?? DefaultPatientReference(client);

    private static ResourceReference DefaultPatientReference(ClientRef client) =>
        new() { Identifier = new Identifier(IptCodeSystems.ClientRef, client.Value) };
}
