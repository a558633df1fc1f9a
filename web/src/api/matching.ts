// Generated from matching-service's OpenAPI document by scripts/gen-api.mjs: do not edit.
export interface paths {
    "/api/applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Mine */
        get: {
            parameters: {
                query?: {
                    status?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApplicationView"][];
                    };
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        /** Start */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ApplicationRequest"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": unknown;
                    };
                };
                /** @description Bad Request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/applications/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: components["schemas"]["UUID"];
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApplicationView"];
                    };
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/applications/{id}/transitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Move */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: components["schemas"]["UUID"];
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["TransitionRequest"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApplicationView"];
                    };
                };
                /** @description Bad Request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List */
        get: {
            parameters: {
                query?: {
                    collarType?: string;
                    company?: string;
                    experienceLevel?: string;
                    includeClosed?: boolean;
                    includeDuplicates?: boolean;
                    page?: number;
                    q?: string;
                    size?: number;
                    skill?: string;
                    source?: string;
                    workArrangement?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PageViewJobSummary"];
                    };
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/jobs/collector-runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Runs */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    size?: number;
                    source?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SourceRunView"][];
                    };
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        /** Run All */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": unknown;
                    };
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/jobs/collector-runs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Run */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: components["schemas"]["UUID"];
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Detail"];
                    };
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/jobs/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    size?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ImportView"][];
                    };
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        /** Import Postings */
        post: {
            parameters: {
                query?: {
                    column?: string[];
                    preset?: string;
                    source?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": string;
                    "application/ld+json": string;
                    "text/csv": string;
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": unknown;
                    };
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/jobs/imports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: components["schemas"]["UUID"];
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ImportView"];
                    };
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/jobs/mine": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Mine */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["UserJobView"][];
                    };
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        /** Bring */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["UserJobRequest"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": unknown;
                    };
                };
                /** @description Bad Request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/jobs/mine/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: components["schemas"]["UUID"];
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["UserJobView"];
                    };
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        /** Delete */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: components["schemas"]["UUID"];
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": unknown;
                    };
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/jobs/sources": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Sources */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SourceView"][];
                    };
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/jobs/sources/{name}/runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Run One */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    name: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": unknown;
                    };
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/jobs/statistics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Statistics */
        get: {
            parameters: {
                query?: {
                    topSkills?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Statistics"];
                    };
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/jobs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: components["schemas"]["UUID"];
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["JobView"];
                    };
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/matches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List */
        get: {
            parameters: {
                query?: {
                    includeKnockedOut?: boolean;
                    minScore?: number;
                    page?: number;
                    refresh?: boolean;
                    resumeId?: string;
                    size?: number;
                    sort?: string;
                    status?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MatchPage"];
                    };
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/matches/admin/queues/{queue}/revive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Revive */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    queue: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Revived"];
                    };
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/matches/admin/weights": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** All */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["WeightsView"][];
                    };
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/matches/admin/weights/assignments/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Assignment */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    userId: components["schemas"]["UUID"];
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["VariantAssignment"];
                    };
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/matches/admin/weights/{collar}/{variant}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Update */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    collar: string;
                    variant: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["WeightsRequest"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["WeightsView"];
                    };
                };
                /** @description Bad Request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        /** Create */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    collar: string;
                    variant: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["WeightsRequest"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": unknown;
                    };
                };
                /** @description Bad Request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/matches/feedback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My Feedback */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    size?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FeedbackView"][];
                    };
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/matches/interactions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Mine */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    size?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["InteractionView"][];
                    };
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/matches/jobs/{jobId}/candidates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Rank */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    size?: number;
                };
                header?: never;
                path: {
                    jobId: components["schemas"]["UUID"];
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CandidateRanking"];
                    };
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/matches/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Mine */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    size?: number;
                    unreadOnly?: boolean;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["NotificationView"][];
                    };
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/matches/notifications/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Read */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: components["schemas"]["UUID"];
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["NotificationView"];
                    };
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/matches/{resumeId}/jobs/{jobId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    jobId: components["schemas"]["UUID"];
                    resumeId: components["schemas"]["UUID"];
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MatchDetail"];
                    };
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/matches/{resumeId}/jobs/{jobId}/feedback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Feedback */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    jobId: components["schemas"]["UUID"];
                    resumeId: components["schemas"]["UUID"];
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["FeedbackRequest"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": unknown;
                    };
                };
                /** @description Bad Request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/matches/{resumeId}/jobs/{jobId}/interactions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Interact */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    jobId: components["schemas"]["UUID"];
                    resumeId: components["schemas"]["UUID"];
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["InteractionRequest"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": unknown;
                    };
                };
                /** @description Bad Request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/recruiting/applications/{id}/interviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Interviews */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: components["schemas"]["UUID"];
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["InterviewView"][];
                    };
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        /** Schedule */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: components["schemas"]["UUID"];
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["InterviewRequest"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": unknown;
                    };
                };
                /** @description Bad Request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/recruiting/applications/{id}/stage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Move */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: components["schemas"]["UUID"];
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["StageRequest"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApplicantMove"];
                    };
                };
                /** @description Bad Request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/recruiting/hot-list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Hot List */
        get: {
            parameters: {
                query?: {
                    availability?: string;
                    tag?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["HotListView"][];
                    };
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/recruiting/hot-list/{candidateUserId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Put */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    candidateUserId: components["schemas"]["UUID"];
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["HotListRequest"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["HotListView"];
                    };
                };
                /** @description Bad Request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        post?: never;
        /** Remove */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    candidateUserId: components["schemas"]["UUID"];
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": unknown;
                    };
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/recruiting/interviews/{id}/feedback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Feedback */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: components["schemas"]["UUID"];
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["FeedbackRequest1"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["InterviewView"];
                    };
                };
                /** @description Bad Request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/recruiting/interviews/{id}/outcome": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Outcome */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: components["schemas"]["UUID"];
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["OutcomeRequest"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["InterviewView"];
                    };
                };
                /** @description Bad Request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/recruiting/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List */
        get: {
            parameters: {
                query?: {
                    status?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PostedJobView"][];
                    };
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        /** Create */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["JobDraftRequest"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": unknown;
                    };
                };
                /** @description Bad Request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/recruiting/jobs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: components["schemas"]["UUID"];
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PostedJobView"];
                    };
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        /** Edit */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: components["schemas"]["UUID"];
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["PostingFields"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PostedJobView"];
                    };
                };
                /** @description Bad Request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/recruiting/jobs/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: components["schemas"]["UUID"];
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PostedJobView"];
                    };
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/recruiting/jobs/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Publish */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: components["schemas"]["UUID"];
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PostedJobView"];
                    };
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/recruiting/jobs/{id}/reopen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reopen */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: components["schemas"]["UUID"];
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PostedJobView"];
                    };
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/recruiting/jobs/{jobId}/applicants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Applicants */
        get: {
            parameters: {
                query?: {
                    stage?: string;
                };
                header?: never;
                path: {
                    jobId: components["schemas"]["UUID"];
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Applicants"];
                    };
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/recruiting/jobs/{jobId}/applicants/stage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Move Many */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    jobId: components["schemas"]["UUID"];
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["BulkStageRequest"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["BulkStageResult"];
                    };
                };
                /** @description Bad Request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/recruiting/submissions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Submissions */
        get: {
            parameters: {
                query?: {
                    postedJobId?: components["schemas"]["UUID"];
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SubmissionView"][];
                    };
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        /** Submit */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["SubmissionRequest"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": unknown;
                    };
                };
                /** @description Bad Request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/recruiting/templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TemplateView"][];
                    };
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        /** Create */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["TemplateRequest"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": unknown;
                    };
                };
                /** @description Bad Request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/recruiting/templates/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: components["schemas"]["UUID"];
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TemplateView"];
                    };
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/taxonomy/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TaxonomySkill"][];
                    };
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/internal/jobs/{jobId}/profile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    forUser?: components["schemas"]["UUID"];
                };
                header?: never;
                path: {
                    jobId: components["schemas"]["UUID"];
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["JobProfile"];
                    };
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/internal/matching/resume-changed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Resume Changed */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ResumeChangedEvent"];
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Bad Request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/internal/matching/users/{userId}/preferences-changed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Preferences Changed */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    userId: components["schemas"]["UUID"];
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        ApplicantMove: {
            applicationId?: components["schemas"]["UUID"];
            postedJobId?: components["schemas"]["UUID"];
            stage?: components["schemas"]["ApplicationStatus"];
            rejectionReason?: string;
            updatedAt?: components["schemas"]["OffsetDateTime"];
        };
        ApplicantView: {
            applicationId?: components["schemas"]["UUID"];
            candidateUserId?: components["schemas"]["UUID"];
            resumeId?: components["schemas"]["UUID"];
            name?: string;
            headline?: string;
            stage?: components["schemas"]["ApplicationStatus"];
            rejectionReason?: string;
            appliedAt?: components["schemas"]["OffsetDateTime"];
            nextInterviewAt?: components["schemas"]["OffsetDateTime"];
            updatedAt?: components["schemas"]["OffsetDateTime"];
            /** Format: double */
            score?: number;
            match?: components["schemas"]["MatchResult"];
            rankedWithout?: string;
        };
        Applicants: {
            postedJobId?: components["schemas"]["UUID"];
            jobId?: components["schemas"]["UUID"];
            items?: components["schemas"]["ApplicantView"][];
        };
        ApplicationRequest: {
            jobId: components["schemas"]["UUID"];
            resumeId?: components["schemas"]["UUID"];
            /** Format: int32 */
            resumeVersion?: number;
            status?: string;
            notes?: string;
        };
        /** @enum {string} */
        ApplicationStatus: "SAVED" | "APPLIED" | "SCREENING" | "SUBMITTED" | "INTERVIEWING" | "OFFER" | "HIRED" | "REJECTED" | "WITHDRAWN";
        ApplicationView: {
            id?: components["schemas"]["UUID"];
            jobId?: components["schemas"]["UUID"];
            resumeId?: components["schemas"]["UUID"];
            /** Format: int32 */
            resumeVersion?: number;
            status?: components["schemas"]["ApplicationStatus"];
            allowedNext?: components["schemas"]["ApplicationStatus"][];
            notes?: string;
            appliedAt?: components["schemas"]["OffsetDateTime"];
            nextInterviewAt?: components["schemas"]["OffsetDateTime"];
            createdAt?: components["schemas"]["OffsetDateTime"];
            updatedAt?: components["schemas"]["OffsetDateTime"];
            organizationManaged?: boolean;
            history?: components["schemas"]["Step"][];
        };
        /** @enum {string} */
        Availability: "IMMEDIATE" | "TWO_WEEKS" | "ONE_MONTH" | "LATER" | "UNAVAILABLE";
        BulkStageRequest: {
            applicationIds: string[];
            stage: string;
            note?: string;
            rejectionReason?: string;
        };
        BulkStageResult: {
            /** Format: int32 */
            moved?: number;
            items?: components["schemas"]["Item"][];
        };
        CandidateMatch: {
            resumeId?: components["schemas"]["UUID"];
            userId?: components["schemas"]["UUID"];
            name?: string;
            nameHidden?: boolean;
            headline?: string;
            match?: components["schemas"]["MatchResult"];
        };
        CandidateRanking: {
            jobId?: components["schemas"]["UUID"];
            items?: components["schemas"]["CandidateMatch"][];
            /** Format: int32 */
            page?: number;
            /** Format: int32 */
            size?: number;
            /** Format: int32 */
            considered?: number;
            complete?: boolean;
        };
        /** @enum {string} */
        CollarType: "WHITE" | "BLUE" | "PINK" | "GREY" | "GREEN";
        Detail: {
            run?: components["schemas"]["SourceRunView"];
            rejections?: components["schemas"]["Rejection1"][];
        };
        /**
         * Format: duration
         * @example P1D
         */
        Duration: string;
        /** @enum {string} */
        EducationLevel: "NONE" | "HIGH_SCHOOL" | "VOCATIONAL" | "ASSOCIATE" | "BACHELOR" | "MASTER" | "DOCTORATE";
        /** @enum {string} */
        EmploymentType: "FULL_TIME" | "PART_TIME" | "CONTRACT" | "TEMPORARY" | "INTERNSHIP" | "VOLUNTEER" | "OTHER";
        Evidence: {
            section?: string;
            text?: string;
            /** Format: int32 */
            start?: number;
            /** Format: int32 */
            end?: number;
        };
        ExperienceRange: {
            /** Format: int32 */
            minMonths?: number;
            /** Format: int32 */
            maxMonths?: number;
        };
        FeedbackRequest: {
            helpful: boolean;
            reason?: string;
            comment?: string;
        };
        FeedbackRequest1: {
            /** Format: int32 */
            rating: number;
            recommendation: string;
            notes?: string;
        };
        FeedbackView: {
            id?: components["schemas"]["UUID"];
            jobId?: components["schemas"]["UUID"];
            helpful?: boolean;
            reason?: string;
            comment?: string;
            at?: components["schemas"]["OffsetDateTime"];
        };
        HotListRequest: {
            resumeId?: components["schemas"]["UUID"];
            availability: string;
            availableFrom?: components["schemas"]["LocalDate"];
            tags?: string[];
            note?: string;
        };
        HotListView: {
            id?: components["schemas"]["UUID"];
            candidateUserId?: components["schemas"]["UUID"];
            resumeId?: components["schemas"]["UUID"];
            availability?: components["schemas"]["Availability"];
            availableFrom?: components["schemas"]["LocalDate"];
            tags?: string[];
            note?: string;
            addedBy?: components["schemas"]["UUID"];
            createdAt?: components["schemas"]["OffsetDateTime"];
            updatedAt?: components["schemas"]["OffsetDateTime"];
        };
        /** @enum {string} */
        ImportFormat: "JSON" | "JSON_LD" | "CSV" | "FEED";
        /** @enum {string} */
        ImportStatus: "RUNNING" | "COMPLETED" | "FAILED";
        ImportView: {
            id?: components["schemas"]["UUID"];
            format?: components["schemas"]["ImportFormat"];
            source?: string;
            status?: components["schemas"]["ImportStatus"];
            requestedBy?: string;
            /** Format: int32 */
            totalRows?: number;
            /** Format: int32 */
            newCount?: number;
            /** Format: int32 */
            updatedCount?: number;
            /** Format: int32 */
            unchangedCount?: number;
            /** Format: int32 */
            rejectedCount?: number;
            startedAt?: components["schemas"]["OffsetDateTime"];
            finishedAt?: components["schemas"]["OffsetDateTime"];
            rejections?: components["schemas"]["Rejection"][];
        };
        Improvement: {
            action?: string;
            skillId?: string;
            /** Format: double */
            points?: number;
        };
        /**
         * Format: date-time
         * @example 2022-03-10T16:15:50Z
         */
        Instant: string;
        InteractionRequest: {
            type: string;
        };
        InteractionView: {
            id?: components["schemas"]["UUID"];
            jobId?: components["schemas"]["UUID"];
            type?: string;
            at?: components["schemas"]["OffsetDateTime"];
        };
        /** @enum {string} */
        InterviewKind: "PHONE" | "VIDEO" | "ONSITE" | "TECHNICAL" | "PANEL";
        /** @enum {string} */
        InterviewOutcome: "PENDING" | "PASSED" | "FAILED" | "NO_SHOW" | "CANCELLED";
        InterviewRequest: {
            kind: string;
            startsAt: components["schemas"]["Instant"];
            timeZone: string;
            /** Format: int32 */
            durationMinutes: number;
            interviewers: string[];
            location?: string;
            meetingUrl?: string;
        };
        InterviewView: {
            id?: components["schemas"]["UUID"];
            applicationId?: components["schemas"]["UUID"];
            /** Format: int32 */
            round?: number;
            kind?: components["schemas"]["InterviewKind"];
            startsAt?: components["schemas"]["Instant"];
            timeZone?: string;
            localStart?: string;
            /** Format: int32 */
            durationMinutes?: number;
            interviewers?: string[];
            location?: string;
            meetingUrl?: string;
            outcome?: components["schemas"]["InterviewOutcome"];
            outcomeNotes?: string;
            feedback?: components["schemas"]["Scorecard"][];
            createdBy?: components["schemas"]["UUID"];
            createdAt?: components["schemas"]["OffsetDateTime"];
        };
        Item: {
            applicationId?: components["schemas"]["UUID"];
            moved?: boolean;
            stage?: components["schemas"]["ApplicationStatus"];
            error?: string;
        };
        JobDraftRequest: {
            templateId?: components["schemas"]["UUID"];
            posting?: components["schemas"]["PostingFields"];
        };
        JobProfile: {
            jobId?: components["schemas"]["UUID"];
            externalId?: string;
            title?: string;
            company?: string;
            description?: string;
            requiredSkills?: components["schemas"]["SkillRequirement"][];
            preferredSkills?: components["schemas"]["SkillRequirement"][];
            experience?: components["schemas"]["ExperienceRange"];
            experienceLevel?: string;
            minimumEducation?: components["schemas"]["EducationLevel"];
            requiredCertifications?: string[];
            location?: components["schemas"]["Location"];
            workArrangement?: components["schemas"]["WorkArrangement"];
            employmentTypes?: components["schemas"]["EmploymentType"][];
            salary?: components["schemas"]["SalaryRange"];
            industries?: string[];
            collarType?: components["schemas"]["CollarType"];
            visaSponsorship?: boolean;
            minimumExperienceIsHard?: boolean;
        };
        JobSummary: {
            id?: components["schemas"]["UUID"];
            externalId?: string;
            title?: string;
            company?: string;
            location?: string;
            source?: string;
            postedAt?: components["schemas"]["OffsetDateTime"];
            discoveredAt?: components["schemas"]["OffsetDateTime"];
            workArrangement?: components["schemas"]["WorkArrangement"];
            experienceLevel?: string;
            industries?: string[];
            collarType?: components["schemas"]["CollarType"];
            enriched?: boolean;
        };
        JobView: {
            id?: components["schemas"]["UUID"];
            externalId?: string;
            title?: string;
            company?: string;
            location?: string;
            description?: string;
            url?: string;
            source?: string;
            postedAt?: components["schemas"]["OffsetDateTime"];
            discoveredAt?: components["schemas"]["OffsetDateTime"];
            employmentTypes?: string[];
            workArrangement?: components["schemas"]["WorkArrangement"];
            experienceLevel?: string;
            keySkills?: string[];
            keywords?: string[];
            benefits?: string[];
            salary?: components["schemas"]["SalaryRange"];
            industries?: string[];
            cities?: string[];
            visaSponsorship?: boolean;
            collarType?: components["schemas"]["CollarType"];
            collarReason?: string;
            requiredSkills?: components["schemas"]["SkillRequirement"][];
            preferredSkills?: components["schemas"]["SkillRequirement"][];
            clusterId?: components["schemas"]["UUID"];
            canonical?: boolean;
            enrichedAt?: components["schemas"]["OffsetDateTime"];
            validThrough?: components["schemas"]["OffsetDateTime"];
            closedAt?: components["schemas"]["OffsetDateTime"];
            closedReason?: string;
        };
        KnockOut: {
            type?: string;
            requirement?: string;
            detail?: string;
        };
        /**
         * Format: date
         * @example 2022-03-10
         */
        LocalDate: string;
        Location: {
            city?: string;
            region?: string;
            country?: string;
            /** Format: double */
            latitude?: number;
            /** Format: double */
            longitude?: number;
        };
        MatchDetail: {
            match?: components["schemas"]["MatchResult"];
            /** Format: double */
            fitChance?: number;
            weightsVariant?: string;
            unstatedFilters?: string[];
            /** Format: double */
            llmScore?: number;
            llmReasoning?: string;
            analysisStatus?: string;
        };
        MatchPage: {
            resumeId?: components["schemas"]["UUID"];
            items?: components["schemas"]["MatchSummary"][];
            /** Format: int32 */
            page?: number;
            /** Format: int32 */
            size?: number;
            /** Format: int64 */
            total?: number;
        };
        MatchResult: {
            jobId?: components["schemas"]["UUID"];
            resumeId?: components["schemas"]["UUID"];
            userId?: components["schemas"]["UUID"];
            /** Format: double */
            overallScore?: number;
            subScores?: components["schemas"]["SubScores"];
            weights?: components["schemas"]["Weights"];
            collarType?: components["schemas"]["CollarType"];
            knockOuts?: components["schemas"]["KnockOut"][];
            matchedSkills?: components["schemas"]["SkillMatch"][];
            missingRequiredSkills?: components["schemas"]["SkillRequirement"][];
            missingPreferredSkills?: components["schemas"]["SkillRequirement"][];
            extraSkills?: components["schemas"]["Skill"][];
            reasons?: string[];
            improvements?: components["schemas"]["Improvement"][];
            /** Format: double */
            confidence?: number;
            /** Format: double */
            preferenceFit?: number;
            semanticAvailable?: boolean;
        };
        MatchSummary: {
            jobId?: components["schemas"]["UUID"];
            title?: string;
            company?: string;
            location?: string;
            /** Format: double */
            overallScore?: number;
            /** Format: double */
            fitChance?: number;
            /** Format: double */
            semanticScore?: number;
            /** Format: double */
            preferenceFit?: number;
            /** Format: double */
            confidence?: number;
            knockedOut?: boolean;
            priority?: string;
            reasoning?: string;
            keyAlignments?: string[];
            potentialGaps?: string[];
            unstatedFilters?: string[];
            status?: string;
            /** Format: double */
            llmScore?: number;
            llmReasoning?: string;
            analysisStatus?: string;
            weightsVariant?: string;
            computedAt?: components["schemas"]["OffsetDateTime"];
        };
        NotificationView: {
            id?: components["schemas"]["UUID"];
            kind?: string;
            jobId?: components["schemas"]["UUID"];
            applicationId?: components["schemas"]["UUID"];
            title?: string;
            body?: string;
            read?: boolean;
            createdAt?: components["schemas"]["OffsetDateTime"];
        };
        /**
         * Format: date-time
         * @example 2022-03-10T12:15:50-04:00
         */
        OffsetDateTime: string;
        OutcomeRequest: {
            outcome: string;
            notes?: string;
        };
        PageViewJobSummary: {
            items?: components["schemas"]["JobSummary"][];
            /** Format: int32 */
            page?: number;
            /** Format: int32 */
            size?: number;
            /** Format: int64 */
            total?: number;
        };
        /** @enum {string} */
        PostedJobStatus: "DRAFT" | "PUBLISHED" | "CLOSED";
        PostedJobView: {
            id?: components["schemas"]["UUID"];
            organizationId?: components["schemas"]["UUID"];
            status?: components["schemas"]["PostedJobStatus"];
            posting?: components["schemas"]["PostingFields"];
            templateId?: components["schemas"]["UUID"];
            jobId?: components["schemas"]["UUID"];
            createdBy?: components["schemas"]["UUID"];
            updatedBy?: components["schemas"]["UUID"];
            publishedAt?: components["schemas"]["OffsetDateTime"];
            closedAt?: components["schemas"]["OffsetDateTime"];
            createdAt?: components["schemas"]["OffsetDateTime"];
            updatedAt?: components["schemas"]["OffsetDateTime"];
        };
        PostingFields: {
            title?: string;
            company?: string;
            location?: string;
            description?: string;
            url?: string;
            employmentTypes?: components["schemas"]["EmploymentType"][];
            workArrangement?: components["schemas"]["WorkArrangement"];
            experienceLevel?: string;
            keySkills?: string[];
            benefits?: string[];
            salary?: components["schemas"]["SalaryRange"];
            industries?: string[];
            cities?: string[];
            country?: string;
            visaSponsorship?: boolean;
            experience?: components["schemas"]["ExperienceRange"];
            minimumEducation?: components["schemas"]["EducationLevel"];
            requiredCertifications?: string[];
            validThrough?: components["schemas"]["OffsetDateTime"];
        };
        Rejection: {
            /** Format: int32 */
            row?: number;
            externalId?: string;
            reason?: string;
        };
        Rejection1: {
            /** Format: int32 */
            page?: number;
            /** Format: int32 */
            row?: number;
            externalId?: string;
            reason?: string;
        };
        ResumeChangedEvent: {
            userId: components["schemas"]["UUID"];
            resumeId: components["schemas"]["UUID"];
            /** Format: int32 */
            version?: number;
            deleted?: boolean;
        };
        Revived: {
            queue?: string;
            /** Format: int32 */
            revived?: number;
        };
        SalaryRange: {
            min?: number;
            max?: number;
            currency?: string;
            period?: string;
        };
        Scorecard: {
            interviewerId?: components["schemas"]["UUID"];
            /** Format: int32 */
            rating?: number;
            recommendation?: string;
            notes?: string;
            updatedAt?: components["schemas"]["OffsetDateTime"];
        };
        Skill: {
            skillId?: string;
            name?: string;
            category?: string;
            escoUri?: string;
            /** Format: double */
            confidence?: number;
            evidence?: components["schemas"]["Evidence"][];
        };
        SkillDemand: {
            skillId?: string;
            name?: string;
            category?: string;
            /** Format: int64 */
            jobs?: number;
            /** Format: double */
            shareOfJobs?: number;
        };
        SkillMatch: {
            skillId?: string;
            name?: string;
            matchType?: string;
            /** Format: double */
            similarity?: number;
            required?: boolean;
            candidateSkillId?: string;
            evidence?: components["schemas"]["Evidence"];
        };
        SkillRequirement: {
            skillId?: string;
            name?: string;
            category?: string;
            escoUri?: string;
            /** Format: double */
            importance?: number;
        };
        /** @enum {string} */
        SourceRunStatus: "QUEUED" | "RUNNING" | "SUCCEEDED" | "FAILED";
        SourceRunView: {
            id?: components["schemas"]["UUID"];
            source?: string;
            kind?: string;
            status?: components["schemas"]["SourceRunStatus"];
            requestedBy?: string;
            /** Format: int32 */
            pagesFetched?: number;
            /** Format: int32 */
            fetched?: number;
            /** Format: int32 */
            newCount?: number;
            /** Format: int32 */
            updatedCount?: number;
            /** Format: int32 */
            unchangedCount?: number;
            /** Format: int32 */
            rejectedCount?: number;
            /** Format: int32 */
            closedCount?: number;
            /** Format: int32 */
            reopenedCount?: number;
            /** Format: int32 */
            rateLimitedCount?: number;
            complete?: boolean;
            error?: string;
            quotaRemaining?: string;
            notBefore?: components["schemas"]["OffsetDateTime"];
            queuedAt?: components["schemas"]["OffsetDateTime"];
            startedAt?: components["schemas"]["OffsetDateTime"];
            finishedAt?: components["schemas"]["OffsetDateTime"];
        };
        SourceView: {
            name?: string;
            kind?: string;
            board?: string;
            url?: string;
            every?: components["schemas"]["Duration"];
            /** Format: int32 */
            maxPages?: number;
            enabled?: boolean;
            apiKeyEnv?: string;
            apiKeySet?: boolean;
            filters?: {
                [key: string]: string;
            };
            lastRun?: components["schemas"]["SourceRunView"];
            totals?: components["schemas"]["Totals"];
        };
        StageRequest: {
            stage: string;
            note?: string;
            rejectionReason?: string;
        };
        Statistics: {
            /** Format: int64 */
            totalJobs?: number;
            bySource?: {
                [key: string]: number;
            };
            byWorkArrangement?: {
                [key: string]: number;
            };
            byExperienceLevel?: {
                [key: string]: number;
            };
            byCollarType?: {
                [key: string]: number;
            };
            /** Format: int64 */
            discoveredLast24Hours?: number;
            /** Format: int64 */
            awaitingEnrichment?: number;
            skillsInDemand?: components["schemas"]["SkillDemand"][];
            /** Format: int64 */
            closedJobs?: number;
        };
        Step: {
            from?: components["schemas"]["ApplicationStatus"];
            to?: components["schemas"]["ApplicationStatus"];
            note?: string;
            interviewAt?: components["schemas"]["OffsetDateTime"];
            at?: components["schemas"]["OffsetDateTime"];
        };
        SubScores: {
            /** Format: double */
            qualification?: number;
            /** Format: double */
            experience?: number;
            /** Format: double */
            skills?: number;
            /** Format: double */
            location?: number;
            /** Format: double */
            category?: number;
            /** Format: double */
            personalization?: number;
            /** Format: double */
            semantic?: number;
        };
        SubmissionRequest: {
            candidateUserId: components["schemas"]["UUID"];
            resumeId?: components["schemas"]["UUID"];
            postedJobId?: components["schemas"]["UUID"];
            clientName?: string;
            note?: string;
        };
        SubmissionView: {
            id?: components["schemas"]["UUID"];
            organizationId?: components["schemas"]["UUID"];
            candidateUserId?: components["schemas"]["UUID"];
            resumeId?: components["schemas"]["UUID"];
            postedJobId?: components["schemas"]["UUID"];
            clientName?: string;
            applicationId?: components["schemas"]["UUID"];
            note?: string;
            submittedBy?: components["schemas"]["UUID"];
            createdAt?: components["schemas"]["OffsetDateTime"];
        };
        TaxonomySkill: {
            skillId?: string;
            name?: string;
            category?: string;
            escoUri?: string;
            synonyms?: string[];
        };
        TemplateRequest: {
            name: string;
            posting: components["schemas"]["PostingFields"];
        };
        TemplateView: {
            id?: components["schemas"]["UUID"];
            organizationId?: components["schemas"]["UUID"];
            name?: string;
            posting?: components["schemas"]["PostingFields"];
            createdBy?: components["schemas"]["UUID"];
            createdAt?: components["schemas"]["OffsetDateTime"];
            updatedAt?: components["schemas"]["OffsetDateTime"];
        };
        Totals: {
            /** Format: int64 */
            runs?: number;
            /** Format: int64 */
            fetched?: number;
            /** Format: int64 */
            newCount?: number;
            /** Format: int64 */
            updatedCount?: number;
            /** Format: int64 */
            unchangedCount?: number;
            /** Format: int64 */
            rejected?: number;
            /** Format: int64 */
            closed?: number;
            /** Format: int64 */
            reopened?: number;
            /** Format: int64 */
            openJobs?: number;
            /** Format: int64 */
            closedJobs?: number;
        };
        TransitionRequest: {
            status: string;
            note?: string;
            interviewAt?: components["schemas"]["OffsetDateTime"];
        };
        /** Format: uuid */
        UUID: string;
        UserJobRequest: {
            text?: string;
            url?: string;
            title?: string;
            company?: string;
            resumeId?: components["schemas"]["UUID"];
        };
        UserJobView: {
            id?: components["schemas"]["UUID"];
            title?: string;
            company?: string;
            location?: string;
            url?: string;
            sourceType?: string;
            sourceUrl?: string;
            keySkills?: string[];
            enrichment?: string;
            createdAt?: components["schemas"]["OffsetDateTime"];
        };
        VariantAssignment: {
            userId?: components["schemas"]["UUID"];
            variants?: {
                [key: string]: string;
            };
        };
        Weights: {
            /** Format: double */
            qualification?: number;
            /** Format: double */
            experience?: number;
            /** Format: double */
            skills?: number;
            /** Format: double */
            location?: number;
            /** Format: double */
            category?: number;
            /** Format: double */
            personalization?: number;
        };
        WeightsRequest: {
            qualification: number;
            experience: number;
            skills: number;
            location: number;
            category: number;
            personalization: number;
            active?: boolean;
            description?: string;
        };
        WeightsView: {
            id?: components["schemas"]["UUID"];
            collar?: components["schemas"]["CollarType"];
            variant?: string;
            weights?: components["schemas"]["Weights"];
            active?: boolean;
            description?: string;
            updatedAt?: components["schemas"]["OffsetDateTime"];
        };
        /** @enum {string} */
        WorkArrangement: "REMOTE" | "HYBRID" | "ONSITE";
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
