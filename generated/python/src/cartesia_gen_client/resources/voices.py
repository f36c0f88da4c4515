# Generated from cartesia.yaml (Cartesia API 0.1.0) by openapi-client-generator. Do not edit: regenerate instead.
"""Browse, clone, localize, update and delete the voices used for generation."""

from __future__ import annotations

from typing import TYPE_CHECKING, List, Optional, Union, cast

from .._core._async_client import AsyncAPIClient, AsyncAPIResource
from .._core._files import FileTypes
from .._core._pagination import AsyncPager, SyncPage
from .._core._spec import operation_spec
from .._core._sync_client import SyncAPIClient, SyncAPIResource
from .._core._types import NOT_GIVEN, NotGiven, RequestOptions

if TYPE_CHECKING:
    from ..models import (
        AttachVoiceAccent,
        Gender,
        GenderPresentation,
        ListAccentsResponse,
        LocalizeDialect,
        LocalizeTargetLanguage,
        SupportedLanguage,
        Voice,
        VoiceAccent,
        VoiceExpandOptions,
        VoiceId,
        VoiceMetadata,
    )

_VOICES_LIST_ACCENTS = operation_spec(
    {
        "method": "GET",
        "path": "/accents",
        "response": {"kind": "json", "accept": "application/json"},
        "security": [["APIKeyAuth"]],
    }
)

_VOICES_LIST = operation_spec(
    {
        "method": "GET",
        "path": "/voices",
        "query": [
            {"name": "limit"},
            {"name": "starting_after"},
            {"name": "ending_before"},
            {"name": "q"},
            {"name": "is_owner"},
            {"name": "gender"},
            {"name": "language"},
            {"name": "expand[]"},
        ],
        "response": {"kind": "json", "accept": "application/json"},
        "security": [["APIKeyAuth"]],
    }
)

_VOICES_CLONE = operation_spec(
    {
        "method": "POST",
        "path": "/voices/clone",
        "body": {
            "encoding": "multipart",
            "content_type": "multipart/form-data",
            "merged": True,
            "required": True,
        },
        "response": {"kind": "json", "accept": "application/json"},
        "security": [["APIKeyAuth"]],
    }
)

_VOICES_GET = operation_spec(
    {
        "method": "GET",
        "path": "/voices/{id}",
        "query": [{"name": "expand[]"}],
        "response": {"kind": "json", "accept": "application/json"},
        "security": [["APIKeyAuth"]],
    }
)

_VOICES_DELETE = operation_spec(
    {
        "method": "DELETE",
        "path": "/voices/{id}",
        "response": {"kind": "none"},
        "security": [["APIKeyAuth"]],
    }
)

_VOICES_UPDATE = operation_spec(
    {
        "method": "PATCH",
        "path": "/voices/{id}",
        "body": {"encoding": "json", "content_type": "application/json", "merged": True, "required": True},
        "response": {"kind": "json", "accept": "application/json"},
        "security": [["APIKeyAuth"]],
    }
)

_VOICES_ADD_ACCENTS = operation_spec(
    {
        "method": "PATCH",
        "path": "/voices/{id}/accents",
        "body": {"encoding": "json", "content_type": "application/json", "merged": True, "required": True},
        "response": {"kind": "json", "accept": "application/json"},
        "security": [["APIKeyAuth"]],
    }
)

_VOICES_DELETE_ACCENT = operation_spec(
    {
        "method": "DELETE",
        "path": "/voices/{id}/accents/{accent_id}",
        "response": {"kind": "json", "accept": "application/json"},
        "security": [["APIKeyAuth"]],
    }
)

_VOICES_LOCALIZE = operation_spec(
    {
        "method": "POST",
        "path": "/voices/localize",
        "body": {"encoding": "json", "content_type": "application/json", "merged": True, "required": True},
        "response": {"kind": "json", "accept": "application/json"},
        "security": [["APIKeyAuth"]],
    }
)


class Voices(SyncAPIResource):
    """Browse, clone, localize, update and delete the voices used for generation."""

    def list_accents(
        self,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> ListAccentsResponse:
        """List Accents

        Returns the catalog of supported accents. An entry's `id` is the value to use for a voice's `accent` and for the `accent` of `POST /voices/localize`; `is_localizable` says whether localize can target it.

        `GET /accents`
        """
        return cast("ListAccentsResponse", self._client._request(
            _VOICES_LIST_ACCENTS,
            {},
            {},
            NOT_GIVEN,
            request_options,
            "ListAccentsResponse",
        ))

    def list(
        self,
        *,
        limit: Union[Optional[int], NotGiven] = NOT_GIVEN,
        starting_after: Union[Optional[str], NotGiven] = NOT_GIVEN,
        ending_before: Union[Optional[str], NotGiven] = NOT_GIVEN,
        q: Union[Optional[str], NotGiven] = NOT_GIVEN,
        is_owner: Union[Optional[bool], NotGiven] = NOT_GIVEN,
        gender: Union[Optional[GenderPresentation], NotGiven] = NOT_GIVEN,
        language: Union[Optional[str], NotGiven] = NOT_GIVEN,
        expand: Union[Optional[List[VoiceExpandOptions]], NotGiven] = NOT_GIVEN,
        request_options: Optional[RequestOptions] = None,
    ) -> SyncPage[Voice]:
        """List Voices

        `GET /voices`

        Returns the first page; iterate it for every item across pages.

        Args:
            limit: Page size: how many voices to return, from 1 to 100.
            starting_after: Pagination cursor: a voice ID to continue after. If a page of 100 ends with `voice_abc123`, pass `starting_after=voice_abc123` to get the following page.
            ending_before: Pagination cursor: a voice ID to stop before. If a page of 100 begins with `voice_abc123`, pass `ending_before=voice_abc123` to get the preceding page.
            q: Search text matched against voice names, descriptions and IDs.
            is_owner: Set to return only voices that belong to your organization.
            gender: Only return voices with this gender presentation.
            language: Restricts results to a language (`en`) or a language-locale pair (`en-GB`). A pair matches that locale only, while a bare language matches every accent of it. `-` and `_` both work as separators.
            expand: Extra fields to add to the response.
        """
        return self._client._request_page(
            _VOICES_LIST,
            {},
            {
                "limit": limit,
                "starting_after": starting_after,
                "ending_before": ending_before,
                "q": q,
                "is_owner": is_owner,
                "gender": gender,
                "language": language,
                "expand[]": expand,
            },
            NOT_GIVEN,
            request_options,
            "Voice",
        )

    def clone(
        self,
        *,
        clip: FileTypes,
        name: str,
        description: Union[Optional[str], NotGiven] = NOT_GIVEN,
        language: SupportedLanguage,
        base_voice_id: Union[Optional[VoiceId], NotGiven] = NOT_GIVEN,
        accent: Union[Optional[VoiceAccent], NotGiven] = NOT_GIVEN,
        request_options: Optional[RequestOptions] = None,
    ) -> VoiceMetadata:
        """Clone Voice

        Creates a high-similarity clone of the voice in an audio clip. Such clones track the source closely and can also pick up its background noise; a clip of roughly 5 seconds works best.

        `POST /voices/clone`

        Args:
            name: Name of the voice.
            description: Description to store with the voice.
            language: Language the voice speaks.
            base_voice_id: Optional ID of a base voice from which the clone is derived.
            accent: Accent the voice speaks, as a catalog id from `GET /accents`.
        """
        return cast("VoiceMetadata", self._client._request(
            _VOICES_CLONE,
            {},
            {},
            {
                "clip": clip,
                "name": name,
                "description": description,
                "language": language,
                "base_voice_id": base_voice_id,
                "accent": accent,
            },
            request_options,
            "VoiceMetadata",
        ))

    def get(
        self,
        id: VoiceId,
        *,
        expand: Union[Optional[List[VoiceExpandOptions]], NotGiven] = NOT_GIVEN,
        request_options: Optional[RequestOptions] = None,
    ) -> Voice:
        """Get Voice

        `GET /voices/{id}`

        Args:
            expand: Extra fields to add to the response.
        """
        return cast("Voice", self._client._request(
            _VOICES_GET,
            {"id": id},
            {"expand[]": expand},
            NOT_GIVEN,
            request_options,
            "Voice",
        ))

    def delete(
        self,
        id: VoiceId,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> None:
        """Delete Voice

        `DELETE /voices/{id}`
        """
        self._client._request(
            _VOICES_DELETE,
            {"id": id},
            {},
            NOT_GIVEN,
            request_options,
        )

    def update(
        self,
        id: VoiceId,
        *,
        name: Union[str, NotGiven] = NOT_GIVEN,
        description: Union[str, NotGiven] = NOT_GIVEN,
        gender: Union[Optional[GenderPresentation], NotGiven] = NOT_GIVEN,
        accent: Union[Optional[VoiceAccent], NotGiven] = NOT_GIVEN,
        request_options: Optional[RequestOptions] = None,
    ) -> Voice:
        """Update Voice

        Changes the name, description, gender and accent of a voice. Omit `gender` or `accent` to leave it as is, or send `null` to reset it to the default.

        `PATCH /voices/{id}`

        Args:
            name: Name of the voice.
            description: Text describing the voice.
            accent: Accent of the voice, as a catalog id from `GET /accents`; `null` clears it.
        """
        return cast("Voice", self._client._request(
            _VOICES_UPDATE,
            {"id": id},
            {},
            {"name": name, "description": description, "gender": gender, "accent": accent},
            request_options,
            "Voice",
        ))

    def add_accents(
        self,
        id: VoiceId,
        *,
        accents: List[AttachVoiceAccent],
        request_options: Optional[RequestOptions] = None,
    ) -> Voice:
        """Add Voice Accents

        Adds accents to an instant voice clone you own, so that one voice ID speaks several accents natively. A voice speaks at most 10 accents, its native one included.

        `PATCH /voices/{id}/accents`

        Args:
            accents: Accents to add. A voice speaks at most 10 accents in all, its native one included.
        """
        return cast("Voice", self._client._request(
            _VOICES_ADD_ACCENTS,
            {"id": id},
            {},
            {"accents": accents},
            request_options,
            "Voice",
        ))

    def delete_accent(
        self,
        id: VoiceId,
        accent_id: str,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> Voice:
        """Delete Voice Accent

        Removes an accent from an instant voice clone you own.

        `DELETE /voices/{id}/accents/{accent_id}`

        Args:
            accent_id: Catalog id of the accent to remove, such as `british`.
        """
        return cast("Voice", self._client._request(
            _VOICES_DELETE_ACCENT,
            {"id": id, "accent_id": accent_id},
            {},
            NOT_GIVEN,
            request_options,
            "Voice",
        ))

    def localize(
        self,
        *,
        voice_id: str,
        name: str,
        accent: VoiceAccent,
        description: Union[str, NotGiven] = NOT_GIVEN,
        tagline: Union[str, NotGiven] = NOT_GIVEN,
        language: Union[LocalizeTargetLanguage, NotGiven] = NOT_GIVEN,
        original_speaker_gender: Union[Gender, NotGiven] = NOT_GIVEN,
        dialect: Union[Optional[LocalizeDialect], NotGiven] = NOT_GIVEN,
        request_options: Optional[RequestOptions] = None,
    ) -> VoiceMetadata:
        """Localize Voice

        Takes an existing voice and produces a new one that speaks another language and dialect, chosen by `accent` (a catalog id from `GET /accents` whose `is_localizable` is true).

        `POST /voices/localize`

        Args:
            voice_id: Identifier of the voice to be localized.
            name: Name for the new, localized voice.
            accent: Accent to localize into, as a catalog id from `GET /accents` whose `is_localizable` is true (for example `british`). Display names are rejected.
            description: Text describing the localized voice that will be created.
            tagline: Short tagline for the new voice.
            language: Target language. Superseded by `accent`, which also fixes the language.
            dialect: Target dialect. Superseded by `accent`.
        """
        return cast("VoiceMetadata", self._client._request(
            _VOICES_LOCALIZE,
            {},
            {},
            {
                "voice_id": voice_id,
                "name": name,
                "accent": accent,
                "description": description,
                "tagline": tagline,
                "language": language,
                "original_speaker_gender": original_speaker_gender,
                "dialect": dialect,
            },
            request_options,
            "VoiceMetadata",
        ))


class AsyncVoices(AsyncAPIResource):
    """Browse, clone, localize, update and delete the voices used for generation."""

    async def list_accents(
        self,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> ListAccentsResponse:
        """List Accents

        Returns the catalog of supported accents. An entry's `id` is the value to use for a voice's `accent` and for the `accent` of `POST /voices/localize`; `is_localizable` says whether localize can target it.

        `GET /accents`
        """
        return cast("ListAccentsResponse", await self._client._request(
            _VOICES_LIST_ACCENTS,
            {},
            {},
            NOT_GIVEN,
            request_options,
            "ListAccentsResponse",
        ))

    def list(
        self,
        *,
        limit: Union[Optional[int], NotGiven] = NOT_GIVEN,
        starting_after: Union[Optional[str], NotGiven] = NOT_GIVEN,
        ending_before: Union[Optional[str], NotGiven] = NOT_GIVEN,
        q: Union[Optional[str], NotGiven] = NOT_GIVEN,
        is_owner: Union[Optional[bool], NotGiven] = NOT_GIVEN,
        gender: Union[Optional[GenderPresentation], NotGiven] = NOT_GIVEN,
        language: Union[Optional[str], NotGiven] = NOT_GIVEN,
        expand: Union[Optional[List[VoiceExpandOptions]], NotGiven] = NOT_GIVEN,
        request_options: Optional[RequestOptions] = None,
    ) -> AsyncPager[Voice]:
        """List Voices

        `GET /voices`

        Returns the first page; iterate it for every item across pages.

        Args:
            limit: Page size: how many voices to return, from 1 to 100.
            starting_after: Pagination cursor: a voice ID to continue after. If a page of 100 ends with `voice_abc123`, pass `starting_after=voice_abc123` to get the following page.
            ending_before: Pagination cursor: a voice ID to stop before. If a page of 100 begins with `voice_abc123`, pass `ending_before=voice_abc123` to get the preceding page.
            q: Search text matched against voice names, descriptions and IDs.
            is_owner: Set to return only voices that belong to your organization.
            gender: Only return voices with this gender presentation.
            language: Restricts results to a language (`en`) or a language-locale pair (`en-GB`). A pair matches that locale only, while a bare language matches every accent of it. `-` and `_` both work as separators.
            expand: Extra fields to add to the response.
        """
        return self._client._request_page(
            _VOICES_LIST,
            {},
            {
                "limit": limit,
                "starting_after": starting_after,
                "ending_before": ending_before,
                "q": q,
                "is_owner": is_owner,
                "gender": gender,
                "language": language,
                "expand[]": expand,
            },
            NOT_GIVEN,
            request_options,
            "Voice",
        )

    async def clone(
        self,
        *,
        clip: FileTypes,
        name: str,
        description: Union[Optional[str], NotGiven] = NOT_GIVEN,
        language: SupportedLanguage,
        base_voice_id: Union[Optional[VoiceId], NotGiven] = NOT_GIVEN,
        accent: Union[Optional[VoiceAccent], NotGiven] = NOT_GIVEN,
        request_options: Optional[RequestOptions] = None,
    ) -> VoiceMetadata:
        """Clone Voice

        Creates a high-similarity clone of the voice in an audio clip. Such clones track the source closely and can also pick up its background noise; a clip of roughly 5 seconds works best.

        `POST /voices/clone`

        Args:
            name: Name of the voice.
            description: Description to store with the voice.
            language: Language the voice speaks.
            base_voice_id: Optional ID of a base voice from which the clone is derived.
            accent: Accent the voice speaks, as a catalog id from `GET /accents`.
        """
        return cast("VoiceMetadata", await self._client._request(
            _VOICES_CLONE,
            {},
            {},
            {
                "clip": clip,
                "name": name,
                "description": description,
                "language": language,
                "base_voice_id": base_voice_id,
                "accent": accent,
            },
            request_options,
            "VoiceMetadata",
        ))

    async def get(
        self,
        id: VoiceId,
        *,
        expand: Union[Optional[List[VoiceExpandOptions]], NotGiven] = NOT_GIVEN,
        request_options: Optional[RequestOptions] = None,
    ) -> Voice:
        """Get Voice

        `GET /voices/{id}`

        Args:
            expand: Extra fields to add to the response.
        """
        return cast("Voice", await self._client._request(
            _VOICES_GET,
            {"id": id},
            {"expand[]": expand},
            NOT_GIVEN,
            request_options,
            "Voice",
        ))

    async def delete(
        self,
        id: VoiceId,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> None:
        """Delete Voice

        `DELETE /voices/{id}`
        """
        await self._client._request(
            _VOICES_DELETE,
            {"id": id},
            {},
            NOT_GIVEN,
            request_options,
        )

    async def update(
        self,
        id: VoiceId,
        *,
        name: Union[str, NotGiven] = NOT_GIVEN,
        description: Union[str, NotGiven] = NOT_GIVEN,
        gender: Union[Optional[GenderPresentation], NotGiven] = NOT_GIVEN,
        accent: Union[Optional[VoiceAccent], NotGiven] = NOT_GIVEN,
        request_options: Optional[RequestOptions] = None,
    ) -> Voice:
        """Update Voice

        Changes the name, description, gender and accent of a voice. Omit `gender` or `accent` to leave it as is, or send `null` to reset it to the default.

        `PATCH /voices/{id}`

        Args:
            name: Name of the voice.
            description: Text describing the voice.
            accent: Accent of the voice, as a catalog id from `GET /accents`; `null` clears it.
        """
        return cast("Voice", await self._client._request(
            _VOICES_UPDATE,
            {"id": id},
            {},
            {"name": name, "description": description, "gender": gender, "accent": accent},
            request_options,
            "Voice",
        ))

    async def add_accents(
        self,
        id: VoiceId,
        *,
        accents: List[AttachVoiceAccent],
        request_options: Optional[RequestOptions] = None,
    ) -> Voice:
        """Add Voice Accents

        Adds accents to an instant voice clone you own, so that one voice ID speaks several accents natively. A voice speaks at most 10 accents, its native one included.

        `PATCH /voices/{id}/accents`

        Args:
            accents: Accents to add. A voice speaks at most 10 accents in all, its native one included.
        """
        return cast("Voice", await self._client._request(
            _VOICES_ADD_ACCENTS,
            {"id": id},
            {},
            {"accents": accents},
            request_options,
            "Voice",
        ))

    async def delete_accent(
        self,
        id: VoiceId,
        accent_id: str,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> Voice:
        """Delete Voice Accent

        Removes an accent from an instant voice clone you own.

        `DELETE /voices/{id}/accents/{accent_id}`

        Args:
            accent_id: Catalog id of the accent to remove, such as `british`.
        """
        return cast("Voice", await self._client._request(
            _VOICES_DELETE_ACCENT,
            {"id": id, "accent_id": accent_id},
            {},
            NOT_GIVEN,
            request_options,
            "Voice",
        ))

    async def localize(
        self,
        *,
        voice_id: str,
        name: str,
        accent: VoiceAccent,
        description: Union[str, NotGiven] = NOT_GIVEN,
        tagline: Union[str, NotGiven] = NOT_GIVEN,
        language: Union[LocalizeTargetLanguage, NotGiven] = NOT_GIVEN,
        original_speaker_gender: Union[Gender, NotGiven] = NOT_GIVEN,
        dialect: Union[Optional[LocalizeDialect], NotGiven] = NOT_GIVEN,
        request_options: Optional[RequestOptions] = None,
    ) -> VoiceMetadata:
        """Localize Voice

        Takes an existing voice and produces a new one that speaks another language and dialect, chosen by `accent` (a catalog id from `GET /accents` whose `is_localizable` is true).

        `POST /voices/localize`

        Args:
            voice_id: Identifier of the voice to be localized.
            name: Name for the new, localized voice.
            accent: Accent to localize into, as a catalog id from `GET /accents` whose `is_localizable` is true (for example `british`). Display names are rejected.
            description: Text describing the localized voice that will be created.
            tagline: Short tagline for the new voice.
            language: Target language. Superseded by `accent`, which also fixes the language.
            dialect: Target dialect. Superseded by `accent`.
        """
        return cast("VoiceMetadata", await self._client._request(
            _VOICES_LOCALIZE,
            {},
            {},
            {
                "voice_id": voice_id,
                "name": name,
                "accent": accent,
                "description": description,
                "tagline": tagline,
                "language": language,
                "original_speaker_gender": original_speaker_gender,
                "dialect": dialect,
            },
            request_options,
            "VoiceMetadata",
        ))
