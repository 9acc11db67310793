"""Enumerations of OCPP 2.0.1, one StrEnum per schema enumeration type.

Generated from the OCPP 2.0.1 JSON schemas by `make generate`; do not edit.
"""

from __future__ import annotations

from enum import StrEnum

__all__ = [
    "AuthorizationStatusEnumType",
    "AuthorizeCertificateStatusEnumType",
    "BootReasonEnumType",
    "CancelReservationStatusEnumType",
    "CertificateSignedStatusEnumType",
    "CertificateSigningUseEnumType",
    "ChangeAvailabilityStatusEnumType",
    "ChargingLimitSourceEnumType",
    "ChargingProfilePurposeEnumType",
    "ChargingStateEnumType",
    "ClearCacheStatusEnumType",
    "ClearChargingProfileStatusEnumType",
    "ClearMessageStatusEnumType",
    "ClearMonitoringStatusEnumType",
    "ConnectorStatusEnumType",
    "CustomerInformationStatusEnumType",
    "DataTransferStatusEnumType",
    "DeleteCertificateStatusEnumType",
    "FirmwareStatusEnumType",
    "GetChargingProfileStatusEnumType",
    "HashAlgorithmEnumType",
    "IdTokenEnumType",
    "LocationEnumType",
    "MeasurandEnumType",
    "MessageFormatEnumType",
    "OperationalStatusEnumType",
    "PhaseEnumType",
    "ReadingContextEnumType",
    "ReasonEnumType",
    "RegistrationStatusEnumType",
    "ResetEnumType",
    "ResetStatusEnumType",
    "TransactionEventEnumType",
    "TriggerReasonEnumType",
    "UnlockStatusEnumType",
]


class AuthorizationStatusEnumType(StrEnum):
    """Current status of the ID Token."""

    ACCEPTED = "Accepted"
    BLOCKED = "Blocked"
    CONCURRENT_TX = "ConcurrentTx"
    EXPIRED = "Expired"
    INVALID = "Invalid"
    NO_CREDIT = "NoCredit"
    NOT_ALLOWED_TYPE_EVSE = "NotAllowedTypeEVSE"
    NOT_AT_THIS_LOCATION = "NotAtThisLocation"
    NOT_AT_THIS_TIME = "NotAtThisTime"
    UNKNOWN = "Unknown"


class AuthorizeCertificateStatusEnumType(StrEnum):
    """Certificate status information.
    - if all certificates are valid: return 'Accepted'.
    - if one of the certificates was revoked, return 'CertificateRevoked'."""

    ACCEPTED = "Accepted"
    SIGNATURE_ERROR = "SignatureError"
    CERTIFICATE_EXPIRED = "CertificateExpired"
    CERTIFICATE_REVOKED = "CertificateRevoked"
    NO_CERTIFICATE_AVAILABLE = "NoCertificateAvailable"
    CERT_CHAIN_ERROR = "CertChainError"
    CONTRACT_CANCELLED = "ContractCancelled"


class BootReasonEnumType(StrEnum):
    """This contains the reason for sending this message to the CSMS."""

    APPLICATION_RESET = "ApplicationReset"
    FIRMWARE_UPDATE = "FirmwareUpdate"
    LOCAL_RESET = "LocalReset"
    POWER_UP = "PowerUp"
    REMOTE_RESET = "RemoteReset"
    SCHEDULED_RESET = "ScheduledReset"
    TRIGGERED = "Triggered"
    UNKNOWN = "Unknown"
    WATCHDOG = "Watchdog"


class CancelReservationStatusEnumType(StrEnum):
    """This indicates the success or failure of the canceling of a reservation by CSMS."""

    ACCEPTED = "Accepted"
    REJECTED = "Rejected"


class CertificateSignedStatusEnumType(StrEnum):
    """Returns whether certificate signing has been accepted, otherwise rejected."""

    ACCEPTED = "Accepted"
    REJECTED = "Rejected"


class CertificateSigningUseEnumType(StrEnum):
    """Indicates the type of the signed certificate that is returned. When omitted the certificate
    is used for both the 15118 connection (if implemented) and the Charging Station to CSMS
    connection. This field is required when a typeOfCertificate was included in the
    SignCertificateRequest that requested this certificate to be signed AND both the 15118
    connection and the Charging Station connection are implemented."""

    CHARGING_STATION_CERTIFICATE = "ChargingStationCertificate"
    V2G_CERTIFICATE = "V2GCertificate"


class ChangeAvailabilityStatusEnumType(StrEnum):
    """This indicates whether the Charging Station is able to perform the availability change."""

    ACCEPTED = "Accepted"
    REJECTED = "Rejected"
    SCHEDULED = "Scheduled"


class ChargingLimitSourceEnumType(StrEnum):
    """Source of the charging limit."""

    EMS = "EMS"
    OTHER = "Other"
    SO = "SO"
    CSO = "CSO"


class ChargingProfilePurposeEnumType(StrEnum):
    """Specifies to purpose of the charging profiles that will be cleared, if they meet the other
    criteria in the request."""

    CHARGING_STATION_EXTERNAL_CONSTRAINTS = "ChargingStationExternalConstraints"
    CHARGING_STATION_MAX_PROFILE = "ChargingStationMaxProfile"
    TX_DEFAULT_PROFILE = "TxDefaultProfile"
    TX_PROFILE = "TxProfile"


class ChargingStateEnumType(StrEnum):
    """Current charging state, is required when state
    has changed."""

    CHARGING = "Charging"
    EV_CONNECTED = "EVConnected"
    SUSPENDED_EV = "SuspendedEV"
    SUSPENDED_EVSE = "SuspendedEVSE"
    IDLE = "Idle"


class ClearCacheStatusEnumType(StrEnum):
    """Accepted if the Charging Station has executed the request, otherwise rejected."""

    ACCEPTED = "Accepted"
    REJECTED = "Rejected"


class ClearChargingProfileStatusEnumType(StrEnum):
    """Indicates if the Charging Station was able to execute the request."""

    ACCEPTED = "Accepted"
    UNKNOWN = "Unknown"


class ClearMessageStatusEnumType(StrEnum):
    """Returns whether the Charging Station has been able to remove the message."""

    ACCEPTED = "Accepted"
    UNKNOWN = "Unknown"


class ClearMonitoringStatusEnumType(StrEnum):
    """Result of the clear request for this monitor, identified by its Id."""

    ACCEPTED = "Accepted"
    REJECTED = "Rejected"
    NOT_FOUND = "NotFound"


class ConnectorStatusEnumType(StrEnum):
    """This contains the current status of the Connector."""

    AVAILABLE = "Available"
    OCCUPIED = "Occupied"
    RESERVED = "Reserved"
    UNAVAILABLE = "Unavailable"
    FAULTED = "Faulted"


class CustomerInformationStatusEnumType(StrEnum):
    """Indicates whether the request was accepted."""

    ACCEPTED = "Accepted"
    REJECTED = "Rejected"
    INVALID = "Invalid"


class DataTransferStatusEnumType(StrEnum):
    """This indicates the success or failure of the data transfer."""

    ACCEPTED = "Accepted"
    REJECTED = "Rejected"
    UNKNOWN_MESSAGE_ID = "UnknownMessageId"
    UNKNOWN_VENDOR_ID = "UnknownVendorId"


class DeleteCertificateStatusEnumType(StrEnum):
    """Charging Station indicates if it can process the request."""

    ACCEPTED = "Accepted"
    FAILED = "Failed"
    NOT_FOUND = "NotFound"


class FirmwareStatusEnumType(StrEnum):
    """This contains the progress status of the firmware installation."""

    DOWNLOADED = "Downloaded"
    DOWNLOAD_FAILED = "DownloadFailed"
    DOWNLOADING = "Downloading"
    DOWNLOAD_SCHEDULED = "DownloadScheduled"
    DOWNLOAD_PAUSED = "DownloadPaused"
    IDLE = "Idle"
    INSTALLATION_FAILED = "InstallationFailed"
    INSTALLING = "Installing"
    INSTALLED = "Installed"
    INSTALL_REBOOTING = "InstallRebooting"
    INSTALL_SCHEDULED = "InstallScheduled"
    INSTALL_VERIFICATION_FAILED = "InstallVerificationFailed"
    INVALID_SIGNATURE = "InvalidSignature"
    SIGNATURE_VERIFIED = "SignatureVerified"


class GetChargingProfileStatusEnumType(StrEnum):
    """This indicates whether the Charging Station is able to process this request and will send
    ReportChargingProfilesRequest messages."""

    ACCEPTED = "Accepted"
    NO_PROFILES = "NoProfiles"


class HashAlgorithmEnumType(StrEnum):
    """Used algorithms for the hashes provided."""

    SHA256 = "SHA256"
    SHA384 = "SHA384"
    SHA512 = "SHA512"


class IdTokenEnumType(StrEnum):
    """Enumeration of possible idToken types."""

    CENTRAL = "Central"
    E_MAID = "eMAID"
    ISO14443 = "ISO14443"
    ISO15693 = "ISO15693"
    KEY_CODE = "KeyCode"
    LOCAL = "Local"
    MAC_ADDRESS = "MacAddress"
    NO_AUTHORIZATION = "NoAuthorization"


class LocationEnumType(StrEnum):
    """Indicates where the measured value has been sampled. Default =  "Outlet\" """

    BODY = "Body"
    CABLE = "Cable"
    EV = "EV"
    INLET = "Inlet"
    OUTLET = "Outlet"


class MeasurandEnumType(StrEnum):
    """Type of measurement. Default = "Energy.Active.Import.Register\" """

    CURRENT_EXPORT = "Current.Export"
    CURRENT_IMPORT = "Current.Import"
    CURRENT_OFFERED = "Current.Offered"
    ENERGY_ACTIVE_EXPORT_REGISTER = "Energy.Active.Export.Register"
    ENERGY_ACTIVE_IMPORT_REGISTER = "Energy.Active.Import.Register"
    ENERGY_REACTIVE_EXPORT_REGISTER = "Energy.Reactive.Export.Register"
    ENERGY_REACTIVE_IMPORT_REGISTER = "Energy.Reactive.Import.Register"
    ENERGY_ACTIVE_EXPORT_INTERVAL = "Energy.Active.Export.Interval"
    ENERGY_ACTIVE_IMPORT_INTERVAL = "Energy.Active.Import.Interval"
    ENERGY_ACTIVE_NET = "Energy.Active.Net"
    ENERGY_REACTIVE_EXPORT_INTERVAL = "Energy.Reactive.Export.Interval"
    ENERGY_REACTIVE_IMPORT_INTERVAL = "Energy.Reactive.Import.Interval"
    ENERGY_REACTIVE_NET = "Energy.Reactive.Net"
    ENERGY_APPARENT_NET = "Energy.Apparent.Net"
    ENERGY_APPARENT_IMPORT = "Energy.Apparent.Import"
    ENERGY_APPARENT_EXPORT = "Energy.Apparent.Export"
    FREQUENCY = "Frequency"
    POWER_ACTIVE_EXPORT = "Power.Active.Export"
    POWER_ACTIVE_IMPORT = "Power.Active.Import"
    POWER_FACTOR = "Power.Factor"
    POWER_OFFERED = "Power.Offered"
    POWER_REACTIVE_EXPORT = "Power.Reactive.Export"
    POWER_REACTIVE_IMPORT = "Power.Reactive.Import"
    SOC = "SoC"
    VOLTAGE = "Voltage"


class MessageFormatEnumType(StrEnum):
    """Message_ Content. Format. Message_ Format_ Code
    urn:x-enexis:ecdm:uid:1:570848
    Format of the message."""

    ASCII = "ASCII"
    HTML = "HTML"
    URI = "URI"
    UTF8 = "UTF8"


class OperationalStatusEnumType(StrEnum):
    """This contains the type of availability change that the Charging Station should perform."""

    INOPERATIVE = "Inoperative"
    OPERATIVE = "Operative"


class PhaseEnumType(StrEnum):
    """Indicates how the measured value is to be interpreted. For instance between L1 and neutral
    (L1-N) Please note that not all values of phase are applicable to all Measurands. When phase
    is absent, the measured value is interpreted as an overall value."""

    L1 = "L1"
    L2 = "L2"
    L3 = "L3"
    N = "N"
    L1_N = "L1-N"
    L2_N = "L2-N"
    L3_N = "L3-N"
    L1_L2 = "L1-L2"
    L2_L3 = "L2-L3"
    L3_L1 = "L3-L1"


class ReadingContextEnumType(StrEnum):
    """Type of detail value: start, end or sample. Default = "Sample.Periodic\" """

    INTERRUPTION_BEGIN = "Interruption.Begin"
    INTERRUPTION_END = "Interruption.End"
    OTHER = "Other"
    SAMPLE_CLOCK = "Sample.Clock"
    SAMPLE_PERIODIC = "Sample.Periodic"
    TRANSACTION_BEGIN = "Transaction.Begin"
    TRANSACTION_END = "Transaction.End"
    TRIGGER = "Trigger"


class ReasonEnumType(StrEnum):
    """This contains the reason why the transaction was stopped. MAY only be omitted when Reason is
    "Local"."""

    DE_AUTHORIZED = "DeAuthorized"
    EMERGENCY_STOP = "EmergencyStop"
    ENERGY_LIMIT_REACHED = "EnergyLimitReached"
    EV_DISCONNECTED = "EVDisconnected"
    GROUND_FAULT = "GroundFault"
    IMMEDIATE_RESET = "ImmediateReset"
    LOCAL = "Local"
    LOCAL_OUT_OF_CREDIT = "LocalOutOfCredit"
    MASTER_PASS = "MasterPass"
    OTHER = "Other"
    OVERCURRENT_FAULT = "OvercurrentFault"
    POWER_LOSS = "PowerLoss"
    POWER_QUALITY = "PowerQuality"
    REBOOT = "Reboot"
    REMOTE = "Remote"
    SOC_LIMIT_REACHED = "SOCLimitReached"
    STOPPED_BYEV = "StoppedByEV"
    TIME_LIMIT_REACHED = "TimeLimitReached"
    TIMEOUT = "Timeout"


class RegistrationStatusEnumType(StrEnum):
    """This contains whether the Charging Station has been registered
    within the CSMS."""

    ACCEPTED = "Accepted"
    PENDING = "Pending"
    REJECTED = "Rejected"


class ResetEnumType(StrEnum):
    """This contains the type of reset that the Charging Station or EVSE should perform."""

    IMMEDIATE = "Immediate"
    ON_IDLE = "OnIdle"


class ResetStatusEnumType(StrEnum):
    """This indicates whether the Charging Station is able to perform the reset."""

    ACCEPTED = "Accepted"
    REJECTED = "Rejected"
    SCHEDULED = "Scheduled"


class TransactionEventEnumType(StrEnum):
    """This contains the type of this event.
    The first TransactionEvent of a transaction SHALL contain: "Started" The last
    TransactionEvent of a transaction SHALL contain: "Ended" All others SHALL contain: "Updated\"
    """

    ENDED = "Ended"
    STARTED = "Started"
    UPDATED = "Updated"


class TriggerReasonEnumType(StrEnum):
    """Reason the Charging Station sends this message to the CSMS"""

    AUTHORIZED = "Authorized"
    CABLE_PLUGGED_IN = "CablePluggedIn"
    CHARGING_RATE_CHANGED = "ChargingRateChanged"
    CHARGING_STATE_CHANGED = "ChargingStateChanged"
    DEAUTHORIZED = "Deauthorized"
    ENERGY_LIMIT_REACHED = "EnergyLimitReached"
    EV_COMMUNICATION_LOST = "EVCommunicationLost"
    EV_CONNECT_TIMEOUT = "EVConnectTimeout"
    METER_VALUE_CLOCK = "MeterValueClock"
    METER_VALUE_PERIODIC = "MeterValuePeriodic"
    TIME_LIMIT_REACHED = "TimeLimitReached"
    TRIGGER = "Trigger"
    UNLOCK_COMMAND = "UnlockCommand"
    STOP_AUTHORIZED = "StopAuthorized"
    EV_DEPARTED = "EVDeparted"
    EV_DETECTED = "EVDetected"
    REMOTE_STOP = "RemoteStop"
    REMOTE_START = "RemoteStart"
    ABNORMAL_CONDITION = "AbnormalCondition"
    SIGNED_DATA_RECEIVED = "SignedDataReceived"
    RESET_COMMAND = "ResetCommand"


class UnlockStatusEnumType(StrEnum):
    """This indicates whether the Charging Station has unlocked the connector."""

    UNLOCKED = "Unlocked"
    UNLOCK_FAILED = "UnlockFailed"
    ONGOING_AUTHORIZED_TRANSACTION = "OngoingAuthorizedTransaction"
    UNKNOWN_CONNECTOR = "UnknownConnector"
